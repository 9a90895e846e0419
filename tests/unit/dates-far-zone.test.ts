import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Runs the date functions in fresh processes whose TZ is set before start, as a build machine's would be.
const script = `
import { parseCalendarDate } from './src/schemas/calendar-date.ts';
import { formatCalendarDate, machineDate } from './src/lib/dates.ts';
const out = ['2019-01-01', '2019-02', '2018-12-31', '2019-01-23T20:15'].map((text) => {
  const date = parseCalendarDate(text);
  return [formatCalendarDate(date, 'en-GB', 'America/Caracas'), machineDate(date, 'America/Caracas')].join(' | ');
});
console.log(out.join('\\n'));
`;

const runIn = (tz: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });

describe('dates under far-apart time zones', () => {
  it('give the same text in Kiritimati (UTC+14), Caracas (UTC-4) and Niue (UTC-11)', () => {
    const kiritimati = runIn('Pacific/Kiritimati');
    expect(kiritimati).toBe(runIn('America/Caracas'));
    expect(kiritimati).toBe(runIn('Pacific/Niue'));
    expect(kiritimati).toContain('1 January 2019 | 2019-01-01');
    expect(kiritimati).toContain('31 December 2018 | 2018-12-31');
    expect(kiritimati).toContain('February 2019 | 2019-02');
  });
});
