import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frenchDate, monthName } from '../src/site/french-date.ts';

const cases = [
  [{ value: '2021-11', precision: 'month' }, 'novembre 2021'],
  [{ value: '2014-11-25', precision: 'day' }, '25 novembre 2014'],
  [{ value: '2020-03-01', precision: 'day' }, '1er mars 2020'],
  [{ value: '2016', precision: 'year' }, '2016'],
  [{ value: '2019-03-14T09:20', precision: 'minute' }, '14 mars 2019 à 9\u00a0h\u00a020'],
  [{ value: '2022-01', precision: 'month' }, 'janvier 2022'],
] as const;

for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
  test(`French dates keep their month and day in ${tz}`, () => {
    const before = process.env.TZ;
    process.env.TZ = tz;
    try {
      if (tz === 'America/Los_Angeles') assert.notEqual(new Date(2021, 10, 1).getTimezoneOffset(), 0, 'TZ was not applied');
      for (const [date, expected] of cases) assert.equal(frenchDate(date), expected);
    } finally {
      process.env.TZ = before;
    }
  });
}

test('the twelve month names, lower case, as French print writes them', () => {
  assert.deepEqual(
    Array.from({ length: 12 }, (_, i) => monthName(i + 1)),
    ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  );
});
