import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT, page } from '../helpers/build.ts';

const dist = inject('demoDist');

/** Every event of the source article (rows 1–11) and every context row (C1–C6) of the fact sheet, with its date. */
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

const EVENTS_DIR = join(PROJECT_ROOT, 'src/content/events');
const entryTitle = async (id: string) => {
  const [file] = (await readdir(EVENTS_DIR)).filter((name) => name.replace(/\.mdx?$/, '') === id);
  return matter(await readFile(join(EVENTS_DIR, file!), 'utf8')).data.title as string;
};

describe('the demo story', () => {
  it('has one entry per fact-sheet row and nothing else', async () => {
    const ids = (await readdir(EVENTS_DIR)).map((name) => name.replace(/\.mdx?$/, '')).sort();
    expect(ids).toEqual(FACT_SHEET.map((row) => row.id).sort());
  });

  it.for(FACT_SHEET)('row $row has its own page with the sheet’s date and its headline', async ({ id, date, endDate }) => {
    const $ = await page(dist, `/events/${id}/`);
    expect($('main h1').text()).toBe(await entryTitle(id));
    const times = $('main .event-header__date time')
      .map((_, time) => $(time).attr('datetime'))
      .get();
    expect(times).toEqual(endDate ? [date, endDate] : [date]);
    expect($('section.sources li').length).toBeGreaterThan(0);
  });

  it('links every event from the home page, in timeline order, without JavaScript', async () => {
    const $ = await page(dist, '/');
    const links = $('main li h3 a')
      .map((_, a) => $(a).attr('href'))
      .get();
    const expectedOrder = FACT_SHEET.toSorted((a, b) => a.date.localeCompare(b.date)).map((row) => `/events/${row.id}/`);
    expect(links.toSorted()).toEqual(expectedOrder.toSorted());
    expect(links[0]).toBe('/events/2018-11-08-un-agencies-count-venezuelan-exodus/');
    expect(links.at(-1)).toBe('/events/2019-02-23-aid-standoff-at-borders-turns-deadly/');
  });

  it('publishes exactly one page per entry', async () => {
    expect((await readdir(join(dist, 'events'))).sort()).toEqual(FACT_SHEET.map((row) => row.id).sort());
  });

  it('shows the sourced pull quote in the MDX entry', async () => {
    const $ = await page(dist, '/events/2019-01-27-labour-figures-sign-letter-against-regime-change/');
    expect($('figure.pull-quote blockquote').text()).toContain('there is no justification for backing the US attempt at regime change');
    expect($('figure.pull-quote figcaption').text()).toContain('Signatories including John McDonnell and Diane Abbott');
  });

  it('files the air force general under Defections', async () => {
    const $ = await page(dist, '/categories/defection/');
    const titles = $('main li h3 a')
      .map((_, a) => $(a).text())
      .get();
    expect(titles).toContain('Air force general Yánez disowns Maduro as rival rallies fill Caracas');
  });
});
