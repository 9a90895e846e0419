import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/build.ts';

/**
 * The demo's completeness: every event of the source article (rows 1–11) and every context row
 * (C1–C6) of the fact sheet keeps its own page and the sheet's date. This is the one test that
 * names demo events; a contribution may correct their wording or add events and actors freely,
 * but removing or re-dating one of these is a change to the demo's scope and should fail here.
 */
const dist = inject('demoDist');

const FACT_SHEET = [
  { row: 'C1', id: '2019-01-10-maduro-sworn-in-for-second-term', date: '2019-01-10' },
  { row: '1', id: '2019-01-23-guaido-declares-himself-interim-president', date: '2019-01-23' },
  { row: '3', id: '2019-01-23-maduro-breaks-relations-with-us', date: '2019-01-23' },
  { row: '2a', id: '2019-01-24-russia-and-china-back-maduro', date: '2019-01-24' },
  { row: 'C2', id: '2019-01-26-european-ultimatum-to-maduro', date: '2019-01-26' },
  { row: 'C3', id: '2019-01-26-military-attache-in-washington-backs-guaido', date: '2019-01-26' },
  { row: '10', id: '2019-01-27-labour-figures-sign-letter-against-regime-change', date: '2019-01-27' },
  { row: 'C4', id: '2019-01-28-us-sanctions-pdvsa', date: '2019-01-28' },
  { row: '2b', id: '2019-01-29-china-opposes-us-sanctions', date: '2019-01-29' },
  { row: '4', id: '2019-01-29-supreme-court-bars-guaido-from-leaving-country', date: '2019-01-29' },
  { row: '5a', id: '2019-01-31-european-parliament-recognises-guaido', date: '2019-01-31' },
  { row: '6', id: '2019-01-31-guaido-says-faes-police-came-to-his-home', date: '2019-01-31' },
  { row: '7', id: '2019-01-31-guaido-vows-to-defy-aid-ban', date: '2019-01-31' },
  { row: '8', id: '2019-01-31-reuters-reports-gold-sale-to-uae', date: '2019-01-31' },
  { row: '2c', id: '2019-02-01-china-in-contact-with-all-parties', date: '2019-02-01' },
  { row: '9', id: '2019-02-02-air-force-general-yanez-recognises-guaido', date: '2019-02-02' },
  { row: '5b', id: '2019-02-04-european-states-recognise-guaido', date: '2019-02-04' },
  { row: 'C5', id: '2019-02-07-first-us-aid-reaches-cucuta', date: '2019-02-07' },
  { row: '11', id: '2018-11-08-un-agencies-count-venezuelan-exodus', date: '2018-11-08', endDate: '2019-02-22' },
  { row: 'C6', id: '2019-02-23-aid-standoff-at-borders-turns-deadly', date: '2019-02-23' },
];

describe('the demo keeps every event of its fact sheet', () => {
  it.for(FACT_SHEET)(
    'row $row keeps its page ($id), dated as the sheet says, with a headline and sources',
    async ({ id, date, endDate }) => {
      const $ = await page(dist, `/events/${id}/`);
      expect($('main h1').text().trim()).not.toBe('');
      const times = $('main header time')
        .map((_, time) => $(time).attr('datetime'))
        .get();
      expect(times).toEqual(endDate ? [date, endDate] : [date]);
      expect($('section.sources li').length).toBeGreaterThan(0);
    },
  );
});
