// Dates a clumsy editor writes: one in the future (2199 topped the home page
// and the feeds without a word), a time with its offset (dropped silently).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateStart, isFutureDate, parseIsoDate } from '../src/dispatch/dates.ts';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { reviewFutureDate } from '../src/dispatch/read.ts';
import { dateInstant, frenchDate } from '../src/site/french-date.ts';

const BODY = 'PARIS (AFP) - Le conseil municipal de Paris a voté mardi la construction d’une piscine olympique, a annoncé la mairie.\n';
const dated = (header: string) => parseDispatch(`${header}\n${BODY}`, 'x.txt');
const future = (header: string) =>
  dated(header)
    .diagnostics.filter((d) => d.rule === 'date-future')
    .map((d) => `${d.line}:${d.column} ${d.severity}`);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

test("a date after the build's day (a day of slack for time zones) is a date-future warning at the date", () => {
  assert.deepEqual(future('date 2199-01-01'), ['1:6 warning']);
  assert.match(dated('date 2199-01-01').diagnostics.find((d) => d.rule === 'date-future')!.message, /2199-01-01/);
  assert.deepEqual(future('date 2199'), ['1:6 warning']);
  assert.deepEqual(future(`date: ${day(Date.now() + 3 * 86_400_000)}`), ['1:7 warning']);
  assert.deepEqual(future(`date ${day(Date.now())}`), []);
  assert.deepEqual(future(`date ${day(Date.now() + 86_400_000)}`), []);
  assert.deepEqual(future(`date ${new Date().getUTCFullYear()}`), []);
  assert.deepEqual(future('date 2021-11'), []);
  // From a footer or a dateline as well.
  const footer = parseDispatch(`${BODY}AFP 251432 NOV 98\n`, 'x.txt');
  assert.equal(footer.date.value, '1998-11-25T14:32');
  assert.ok(!footer.diagnostics.some((d) => d.rule === 'date-future'));
  const dateline = parseDispatch('PARIS, 3 mars 2150 (AFP) - Le conseil municipal de Paris a voté mardi la construction d’une piscine olympique.\n', 'x.txt');
  assert.deepEqual(
    dateline.diagnostics.filter((d) => d.rule === 'date-future').map((d) => d.line),
    [1],
  );
});

test('a date-future warning kept in the parse cache is dropped once the date has come', () => {
  const a = dated('date 2199-01-01');
  reviewFutureDate(a, Date.UTC(2199, 0, 2));
  assert.ok(!a.diagnostics.some((d) => d.rule === 'date-future'));
  const b = dated('date 2199-01-01');
  reviewFutureDate(b);
  assert.ok(b.diagnostics.some((d) => d.rule === 'date-future'));
});

test("a time's offset is kept as written, shown with the time, and counted in the instant", () => {
  assert.deepEqual(parseIsoDate('2014-11-25T11:48+05:00'), { ok: true, date: { value: '2014-11-25T11:48+05:00', precision: 'minute' } });
  assert.deepEqual(parseIsoDate('2014-11-25T11:48+0530'), { ok: true, date: { value: '2014-11-25T11:48+05:30', precision: 'minute' } });
  assert.deepEqual(parseIsoDate('2014-11-25T11:48:07-03'), { ok: true, date: { value: '2014-11-25T11:48-03:00', precision: 'minute' } });
  assert.deepEqual(parseIsoDate('2014-11-25T11:48Z'), { ok: true, date: { value: '2014-11-25T11:48Z', precision: 'minute' } });
  assert.deepEqual(parseIsoDate('2014-11-25 11:48 +01:00'), { ok: true, date: { value: '2014-11-25T11:48+01:00', precision: 'minute' } });
  const impossible = parseIsoDate('2014-11-25T11:48+25:00');
  assert.ok(impossible && !impossible.ok && /décalage/.test(impossible.reason));
  const a = dated('date: 2014-11-25T11:48+05:00');
  assert.deepEqual(a.date, { value: '2014-11-25T11:48+05:00', precision: 'minute', from: 'header' });
  assert.ok(!a.diagnostics.some((d) => d.severity === 'error' || d.rule?.startsWith('date')), JSON.stringify(a.diagnostics));
  assert.equal(frenchDate(a.date), '25 novembre 2014 à 11\u00a0h\u00a048 (UTC+5)');
  assert.equal(frenchDate({ value: '2014-11-25T11:48-03:30', precision: 'minute' }), '25 novembre 2014 à 11\u00a0h\u00a048 (UTC\u22123:30)');
  assert.equal(frenchDate({ value: '2014-11-25T11:48Z', precision: 'minute' }), '25 novembre 2014 à 11\u00a0h\u00a048 (UTC)');
  assert.equal(dateInstant(a.date).toISOString(), '2014-11-25T06:48:00.000Z');
  assert.equal(dateStart({ value: '2014-11-25T11:48-03:30', precision: 'minute' }), Date.UTC(2014, 10, 25, 15, 18));
  // Without an offset, as before: the wall time read as UTC, a month never slipping.
  assert.equal(dateInstant({ value: '2021-11', precision: 'month' }).toISOString(), '2021-11-01T00:00:00.000Z');
  assert.equal(isFutureDate({ value: '2014-11-25T11:48+05:00', precision: 'minute' }, Date.UTC(2014, 10, 24, 7)), false);
  assert.equal(isFutureDate({ value: '2014-11-25T11:48+05:00', precision: 'minute' }, Date.UTC(2014, 10, 24, 6)), true);
});
