// Wire shapes the parser must read whatever their spelling: datelines in
// three languages, encodings, quotes that do not close.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { decodeDispatch } from '../src/dispatch/decode.ts';

const body = 'Le conseil municipal a voté jeudi soir la construction d\'une nouvelle piscine, a annoncé la mairie.';

test('datelines: months abbreviated with or without a dot, in full, in French, English and Spanish', () => {
  for (const [line, place, country, value] of [
    ['RAQA (Syrie), 25 nov 2014 (AFP) - ', 'RAQA', 'Syrie', '2014-11-25'],
    ['PARIS, 3 fév. 2015 (AFP) - ', 'PARIS', null, '2015-02-03'],
    ['SAINT-ÉTIENNE, 1er juillet 2020 (AFP) - ', 'SAINT-ÉTIENNE', null, '2020-07-01'],
    ['LA NOUVELLE-ORLÉANS (Etats-Unis), 29 août 2005 (AFP) - ', 'LA NOUVELLE-ORLÉANS', 'Etats-Unis', '2005-08-29'],
    ['BOGOTÁ, 3 sept 2019 (AFP) - ', 'BOGOTÁ', null, '2019-09-03'],
    ['WASHINGTON, Aug 29, 2014 (AFP) -', 'WASHINGTON', null, '2014-08-29'],
    ['NEW YORK, January 5, 2021 (AFP) - ', 'NEW YORK', null, '2021-01-05'],
    ['MADRID, 4 may 2021 (AFP) - ', 'MADRID', null, '2021-05-04'],
    ['BUENOS AIRES, 3 de marzo de 2021 (AFP) - ', 'BUENOS AIRES', null, '2021-03-03'],
    ["N'DJAMENA, 12 déc 2019 (AFP) - ", "N'DJAMENA", null, '2019-12-12'],
  ] as const) {
    const a = parseDispatch(`${line}${body}\n`, 'x.txt');
    assert.equal(a.dateline?.place, place, line);
    assert.equal(a.dateline?.country, country, line);
    assert.deepEqual(a.date, { value, precision: 'day', from: 'dateline' }, line);
    assert.ok(a.lede.startsWith('Le conseil municipal'), line);
  }
});

test('the most precise date wins; dates that disagree give a warning naming both', () => {
  const a = parseDispatch(`date 2014-11\nRAQA, 25 nov 2014 (AFP) - ${body}\n\nAFP 251432 NOV 14\n`, 'x.txt');
  assert.deepEqual(a.date, { value: '2014-11-25T14:32', precision: 'minute', from: 'footer' });
  assert.ok(!a.diagnostics.some((d) => d.rule === 'date-mismatch'));
  const b = parseDispatch(`date 2014-11-24\nRAQA, 25 nov 2014 (AFP) - ${body}\n`, 'x.txt');
  const warning = b.diagnostics.find((d) => d.rule === 'date-mismatch');
  assert.equal(warning?.severity, 'warning');
  assert.match(warning!.message, /2014-11-24.*2014-11-25|2014-11-25.*2014-11-24/);
  assert.equal(warning!.line, 2);
});

test('an unbalanced quote is a warning with line and column, never a crash', () => {
  const a = parseDispatch(`date 2020-01-02\nPARIS (AFP) - Le ministre a déclaré: "Nous ne céderons pas, a-t-il dit.\n\nLa suite du texte.\n`, 'x.txt');
  const w = a.diagnostics.find((d) => d.rule === 'quote-unbalanced');
  assert.equal(w?.severity, 'warning');
  assert.equal(w?.line, 2);
  assert.equal(w?.column, 38);
  assert.deepEqual(a.quotes, []);
});

test('guillemets with ordinary, no-break and narrow no-break spaces are the same quote', () => {
  for (const space of [' ', '\u00a0', '\u202f']) {
    const a = parseDispatch(`date 2020-01-02\nPARIS (AFP) - «${space}Nous ne céderons pas${space}», a déclaré le ministre de l'Intérieur, Paul Mercier.\n`, 'x.txt');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.kind, q.speaker]), [['Nous ne céderons pas', 'speech', 'Paul Mercier']]);
  }
});

test('AFP inner +…+ quotes stay inside the outer quote', () => {
  const a = parseDispatch(`date 2020-01-02\nPARIS (AFP) - "Nous refusons ce +plan de la dernière chance+ imposé par Bruxelles", a affirmé Claire Vidal.\n`, 'x.txt');
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0]!.text, 'Nous refusons ce +plan de la dernière chance+ imposé par Bruxelles');
  assert.equal(a.quotes[0]!.speaker, 'Claire Vidal');
});

test('encodings: UTF-8 with BOM, ISO-8859-1 and Windows-1252 with CRLF', () => {
  const text = 'date 2014-11-25\r\nPARIS (AFP) - Les élèves de l’école ont été reçus à l’Elysée, a annoncé la présidence.\r\n';
  const bom = decodeDispatch(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  assert.equal(bom.encoding, 'utf-8');
  assert.equal(bom.bom, true);
  const latin1 = decodeDispatch(Buffer.from(text.replace(/’/g, "'"), 'latin1'));
  assert.equal(latin1.encoding, 'iso-8859-1');
  const cp1252 = decodeDispatch(Buffer.from(text.replace(/’/g, '\x92'), 'latin1'));
  assert.equal(cp1252.encoding, 'windows-1252');
  for (const d of [bom, latin1, cp1252]) {
    const a = parseDispatch(d.text, 'x.txt');
    assert.match(a.lede, /^Les élèves de l['’]école ont été reçus à l['’]Elysée, a annoncé la présidence\.$/);
    assert.equal(a.date.value, '2014-11-25');
  }
});

test('English and Spanish dispatches get their language', () => {
  const en = parseDispatch('LONDON, March 3, 2020 (AFP) - The government announced on Tuesday a new plan to build affordable homes across the country, officials said.\n', 'x.txt');
  assert.equal(en.language, 'en');
  const es = parseDispatch('MADRID, 4 may 2021 (AFP) - El gobierno anunció este martes un nuevo plan para construir viviendas asequibles en todo el país, según fuentes oficiales.\n', 'x.txt');
  assert.equal(es.language, 'es');
});
