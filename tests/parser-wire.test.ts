// Wire shapes the parser must read whatever their spelling: datelines in
// three languages, encodings, quotes that do not close.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { decodeDispatch } from '../src/dispatch/decode.ts';

const body = "Le conseil municipal a voté jeudi soir la construction d'une nouvelle piscine, a annoncé la mairie.";

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
    const a = parseDispatch(
      `date 2020-01-02\nPARIS (AFP) - «${space}Nous ne céderons pas${space}», a déclaré le ministre de l'Intérieur, Paul Mercier.\n`,
      'x.txt',
    );
    assert.deepEqual(
      a.quotes.map((q) => [q.text, q.kind, q.speaker]),
      [['Nous ne céderons pas', 'speech', 'Paul Mercier']],
    );
  }
});

test('AFP inner +…+ quotes stay inside the outer quote', () => {
  const a = parseDispatch(
    `date 2020-01-02\nPARIS (AFP) - "Nous refusons ce +plan de la dernière chance+ imposé par Bruxelles", a affirmé Claire Vidal.\n`,
    'x.txt',
  );
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
  const en = parseDispatch(
    'LONDON, March 3, 2020 (AFP) - The government announced on Tuesday a new plan to build affordable homes across the country, officials said.\n',
    'x.txt',
  );
  assert.equal(en.language, 'en');
  const es = parseDispatch(
    'MADRID, 4 may 2021 (AFP) - El gobierno anunció este martes un nuevo plan para construir viviendas asequibles en todo el país, según fuentes oficiales.\n',
    'x.txt',
  );
  assert.equal(es.language, 'es');
});

test('service lines in every spacing, with or without the priority digit, are header, not text', () => {
  for (const service of [
    'FRS0456 3 GEN 0512 FRA /AFP-KL07',
    'FRA0041 I 0031 FRA/AFP-RM02',
    'FRS0231  4 GEN 0418 FRA  /AFP-LR31',
    'ENS0112 4 I 0311 ENG/AFP-PL05',
  ]) {
    const a = parseDispatch(`${service}\nURGENT\nFrance-social-grève\nGrève: le trafic reste perturbé\n\nLYON, 12 mars 2024 (AFP) - ${body}\n`, 'x.txt');
    assert.equal(a.service, service.replace(/\s+/g, ' '), service);
    assert.equal(a.priority, 'URGENT', service);
    assert.deepEqual(a.keywords, ['France', 'social', 'grève'], service);
    assert.equal(a.title, 'Grève: le trafic reste perturbé', service);
    assert.equal(a.dateline?.place, 'LYON', service);
    assert.ok(a.lede.startsWith('Le conseil municipal'), service);
  }
});

test('an unknown line above the dateline is reported with its line and does not take the header down', () => {
  const a = parseDispatch(`France-régionales\nRégionales: un candidat en campagne\n(PHOTO)\n\nCLERMONT-FERRAND, 12 juin 2021 (AFP) - ${body}\n`, 'x.txt');
  assert.deepEqual(a.date, { value: '2021-06-12', precision: 'day', from: 'dateline' });
  assert.equal(a.title, 'Régionales: un candidat en campagne');
  assert.deepEqual(a.keywords, ['France', 'régionales']);
  const warning = a.diagnostics.find((d) => d.rule === 'header-unknown-line');
  assert.equal(warning?.severity, 'warning');
  assert.equal(warning?.line, 3);
  assert.ok(a.lede.startsWith('Le conseil municipal'));
  // A line in capitals is an editor's note, not the title.
  const b = parseDispatch(
    `date 2012-12-05\nCORRECTS NAME IN PARA 5\nBritain-economy\nOsborne cuts UK growth forecast\n\nLONDON, Dec 5, 2012 (AFP) - ${body}\n`,
    'x.txt',
  );
  assert.equal(b.title, 'Osborne cuts UK growth forecast');
  assert.equal(b.diagnostics.find((d) => d.rule === 'header-unknown-line')?.line, 2);
});

test("clients' datelines: small letters, partner credits, no dash, no place", () => {
  for (const [line, place, country, agency] of [
    ['Genève (awp/afp) - ', 'Genève', null, 'awp/afp'],
    ['Paris (AFP) - ', 'Paris', null, 'AFP'],
    ['TOKYO (AFP-Jiji) - ', 'TOKYO', null, 'AFP-Jiji'],
    ['Kinshasa (AFP/Reuters) - ', 'Kinshasa', null, 'AFP/Reuters'],
    ['PARIS (AFP) ', 'PARIS', null, 'AFP'],
    ['(AFP) - ', null, null, 'AFP'],
    ["ABIDJAN (Côte d'Ivoire) (AFP) - ", 'ABIDJAN', "Côte d'Ivoire", 'AFP'],
    ['BISSAU (Guinée-Bissau) (AFP) - ', 'BISSAU', 'Guinée-Bissau', 'AFP'],
    ['Bruxelles (Belga) - ', 'Bruxelles', null, 'Belga'],
  ] as const) {
    const a = parseDispatch(`date 2023-10-13\n${line}${body}\n`, 'x.txt');
    assert.deepEqual(a.dateline, { place, country, date: null, agency }, line);
    assert.ok(a.lede.startsWith('Le conseil municipal'), line);
  }
  // A place in small letters needs an agency the wire knows: this is text.
  const text = parseDispatch(`date 2023-10-13\nLe maire (PS) - qui briguait un nouveau mandat - a renoncé.\n`, 'x.txt');
  assert.equal(text.dateline, null);
});

test('credit lines of republished copy are not text; a signature glued to the last sentence is the signature', () => {
  for (const credit of ['(©AFP / 17 mai 2018 17h59)', '(Source AFP)', 'Avec AFP', 'J.D. avec AFP', 'AFP', '(Belga)']) {
    const a = parseDispatch(`date 2018-05-17\nPARIS (AFP) - ${body}\n\nLa séance a été levée à minuit.\n\n${credit}\n`, 'x.txt');
    assert.equal(a.sections[0]!.paragraphs.at(-1), 'La séance a été levée à minuit.', credit);
    assert.equal(a.signature, null, credit);
  }
  const one = parseDispatch(`date 2020-11 Genève (awp/afp) - ${body} ck/al`, 'x.txt');
  assert.equal(one.signature, 'ck/al');
  assert.ok(one.lede.endsWith('a annoncé la mairie.'));
});

test('ALERTE - … opens a one-line dispatch; a date only in the file name is used, with a warning', () => {
  const a = parseDispatch(`date 2022-09-07\nALERTE - Pérou: le Premier ministre démissionne (présidence)\n`, 'x.txt');
  assert.equal(a.priority, 'ALERTE');
  assert.equal(a.lede, 'Pérou: le Premier ministre démissionne (présidence)');
  const b = parseDispatch(`Lyon (AFP) - ${body}\n\nAvec AFP\n`, 'content/2023-10-13-lyon-crue.txt');
  assert.deepEqual(
    a.diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  assert.deepEqual({ value: b.date.value, precision: b.date.precision }, { value: '2023-10-13', precision: 'day' });
  assert.equal(b.diagnostics.find((d) => d.rule === 'date-from-filename')?.severity, 'warning');
  assert.ok(!b.diagnostics.some((d) => d.severity === 'error'));
  // With no date anywhere, the file is still an error.
  const c = parseDispatch(`Lyon (AFP) - ${body}\n`, 'content/lyon-crue.txt');
  assert.ok(c.diagnostics.some((d) => d.rule === 'date-missing'));
});
