// Reading hostile and clumsy files: encodings decided on evidence, damaged
// bytes and characters no output may carry reported where they stand, sizes
// no agency sends, runs of text with no sentence end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeDispatch } from '../src/dispatch/decode.ts';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { readDispatch } from '../src/dispatch/read.ts';
import { advance, slicePosition } from '../src/dispatch/tree.ts';
import type { Diagnostic } from '../src/dispatch/article.ts';

const TEXT = 'date 2021-11-02\nPARIS (AFP) - Été comme hiver, « l’élève » a déclaré que la mairie de Paris avait voté.\n';
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const rules = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.rule}`);
const bodyOf = (text: string) =>
  parseDispatch(text, 'x.txt')
    .sections.flatMap((s) => s.paragraphs)
    .join('\n');

test('one invalid byte in a UTF-8 file: the file stays UTF-8, the byte is replaced and reported at its line and column', () => {
  const bytes = utf8(TEXT);
  const at = bytes.indexOf(utf8('comme'));
  const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at)]);
  const d = decodeDispatch(damaged);
  assert.equal(d.encoding, 'utf-8');
  assert.match(d.text, /Été \uFFFDcomme hiver, « l’élève »/);
  assert.doesNotMatch(d.text, /Ã/);
  const { article, diagnostics } = readDispatch(damaged, 'content/x.txt');
  assert.ok(article);
  assert.equal(article.source.encoding, 'utf-8');
  const bad = diagnostics.filter((x) => x.rule === 'encoding-invalid');
  assert.deepEqual(rules(bad), ['2:19 encoding-invalid']);
  assert.match(bad[0]!.message, /0xE9/);
});

test('a truncated sequence, an overlong form and a surrogate in UTF-8 are each one U+FFFD, as TextDecoder makes them', () => {
  const damaged = Buffer.concat([
    utf8('date 2021-11-02\nPARIS (AFP) - Été '),
    Buffer.from([0xe2, 0x82]),
    utf8(' puis '),
    Buffer.from([0xc0, 0xaf]),
    utf8(' et '),
    Buffer.from([0xed, 0xa0, 0x80]),
    utf8(' fin : l’élève a été récompensé à Noël.\n'),
  ]);
  const d = decodeDispatch(damaged);
  assert.equal(d.encoding, 'utf-8');
  const expected = new TextDecoder().decode(damaged);
  assert.equal(d.text, expected);
  const line = expected.split('\n')[1]!;
  const columns = [...line.matchAll(/\uFFFD/g)].map((m) => `2:${m.index + 1} encoding-invalid`);
  assert.equal(columns.length, 6);
  assert.deepEqual(rules(d.diagnostics), columns);
});

test('Windows-1252 and ISO-8859-1 are still read as such; a few UTF-8 sequences in Windows-1252 are named as a mix', () => {
  const cp = iconv.encode(TEXT, 'windows-1252');
  assert.equal(decodeDispatch(cp).encoding, 'windows-1252');
  assert.equal(decodeDispatch(cp).text, TEXT);
  assert.deepEqual(decodeDispatch(cp).diagnostics, []);
  const latin1 = iconv.encode(TEXT.replace(/[’«»]/g, "'"), 'latin1');
  assert.equal(decodeDispatch(latin1).encoding, 'iso-8859-1');
  const mixed = Buffer.concat([cp, utf8('déjà')]);
  const d = decodeDispatch(mixed);
  assert.equal(d.encoding, 'windows-1252');
  assert.deepEqual(rules(d.diagnostics), ['3:2 encoding-mixed']);
});

test('UTF-16 with or without a byte-order mark is read, not called an image or a Word document', () => {
  const le = Buffer.from(TEXT, 'utf16le');
  const be = Buffer.from(TEXT, 'utf16le').swap16();
  for (const [bytes, encoding] of [
    [le, 'utf-16le'],
    [be, 'utf-16be'],
    [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'utf-16le'],
    [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-16be'],
  ] as const) {
    const { article, diagnostics } = readDispatch(bytes, 'content/x.txt');
    assert.ok(article, JSON.stringify(diagnostics));
    assert.equal(article.source.encoding, encoding);
    assert.equal(article.date.value, '2021-11-02');
    assert.match(article.lede, /^Été comme hiver/);
    assert.ok(!diagnostics.some((d) => d.severity === 'error'), JSON.stringify(diagnostics));
  }
  // Damaged UTF-16: a lone surrogate becomes U+FFFD (XML cannot carry it), an odd last byte is named.
  const lone = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('date 2021-11-02\nPARIS (AFP) - A', 'utf16le'),
    Buffer.from([0x00, 0xd8]),
    Buffer.from(' b.', 'utf16le'),
    Buffer.from([0x41]),
  ]);
  const d = decodeDispatch(lone);
  assert.equal(d.text, 'date 2021-11-02\nPARIS (AFP) - A\uFFFD b.');
  assert.doesNotMatch(d.text, /[\uD800-\uDFFF]/u);
  assert.deepEqual(rules(d.diagnostics), ['2:16 control-character', '2:20 encoding-invalid']);
  const utf32 = readDispatch(Buffer.from([0xff, 0xfe, 0, 0, 0x64, 0, 0, 0]), 'content/x.txt');
  assert.deepEqual(rules(utf32.diagnostics), ['1:1 file-encoding']);
  assert.match(utf32.diagnostics[0]!.message, /UTF-32/);
});

test('images, archives and binary data are still refused as not text', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), utf8('word/document.xml')]);
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  // 16-bit numbers whose high bytes are zero, as UTF-16 text would have them.
  const shorts = Buffer.from(Uint16Array.from({ length: 2048 }, (_, i) => (i * 37) % 200).buffer);
  const oleWithZeros = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.from(Uint16Array.from({ length: 512 }, (_, i) => 65 + (i % 26)).buffer),
  ]);
  for (const bytes of [png, zip, noise, shorts, oleWithZeros]) assert.deepEqual(rules(readDispatch(bytes, 'x').diagnostics), ['1:1 file-binary']);
});

test('control characters are taken out where the text is read, each named at its line and column', () => {
  const text = 'date 2021-11-02\nPARIS (AFP) - Le maire\u000ba dit\u0000 que la ville\uFFFE allait\u001b[2J bien\u0085, selon\uFFFF la mairie\u0007.\n';
  const { article, diagnostics } = readDispatch(utf8(text), 'content/x.txt');
  assert.ok(article);
  const found = diagnostics.filter((d) => d.rule === 'control-character');
  // eslint-disable-next-line no-control-regex
  const columns = [...text.split('\n')[1]!.matchAll(/[\u0000\u0007\u000b\u001b\u0085\ufffe\uffff]/g)].map((m) => `2:${m.index + 1} control-character`);
  assert.equal(columns.length, 7);
  assert.deepEqual(rules(found), columns);
  assert.match(found[0]!.message, /U\+000B.*remplacé par une espace/);
  assert.match(found[1]!.message, /U\+0000.*supprimé/);
  const published = JSON.stringify(article);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(published.replace(/\\n/g, ''), /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|\\u00[01][0-9a-f]/);
  assert.match(article.lede, /^Le maire a dit que la ville allait\[2J bien , selon la mairie\.$/);
  // A text handed to the parser directly is cleaned the same way.
  assert.deepEqual(rules(parseDispatch(text, 'x.txt').diagnostics.filter((d) => d.rule === 'control-character')), rules(found));
});

test('a stray NUL leaves a file text; the NUL bytes a crash leaves at the end are one warning', () => {
  const padded = Buffer.concat([utf8(TEXT), Buffer.alloc(3000)]);
  const { article, diagnostics } = readDispatch(padded, 'content/x.txt');
  assert.ok(article);
  assert.deepEqual(rules(diagnostics.filter((d) => d.severity !== 'info')), ['3:1 control-character']);
  assert.match(diagnostics[0]!.message, /3000 fois de suite/);
  assert.deepEqual(rules(readDispatch(Buffer.alloc(500), 'x').diagnostics.filter((d) => d.severity === 'error')), ['1:1 file-empty']);
});

test('bidirectional overrides and isolates are taken out with a warning; marks and right-to-left text stay', () => {
  const text =
    'date 2021-11-02\nLe maire \u202eMohamed Ali\u202c dit \u2067non\u2069\n\nPARIS (AFP) - Le maire \u202eMohamed Ali a déclaré mardi \u200fque محمد بن سلمان est venu, selon la mairie.\n';
  const a = parseDispatch(text, 'x.txt');
  assert.deepEqual(rules(a.diagnostics.filter((d) => d.rule === 'bidi-control')), [
    '2:10 bidi-control',
    '2:22 bidi-control',
    '2:28 bidi-control',
    '2:32 bidi-control',
    '4:24 bidi-control',
  ]);
  assert.doesNotMatch(JSON.stringify(a), /[\u202a-\u202e\u2066-\u2069]/);
  assert.equal(a.headline, 'Le maire Mohamed Ali dit non');
  assert.match(a.lede, /\u200fque محمد بن سلمان est venu/);
});

test('past 1 MB a file is read with a file-huge warning; past 10 MB it is refused unread, as an error', () => {
  const sentence = 'Le conseil municipal de Paris a voté mardi la construction d’une piscine. ';
  const big = `date 2021-11-02\nPARIS (AFP) - ${sentence.repeat(Math.ceil(1_100_000 / sentence.length))}\n`;
  const huge = readDispatch(utf8(big), 'content/gros.txt');
  assert.ok(huge.article);
  assert.deepEqual(rules(huge.diagnostics.filter((d) => d.rule === 'file-huge')), ['1:1 file-huge']);
  assert.ok(!huge.diagnostics.some((d) => d.severity === 'error'));
  const tooLarge = readDispatch(Buffer.alloc(10_000_001, 0x61), 'content/enorme.txt');
  assert.equal(tooLarge.article, undefined);
  assert.deepEqual(rules(tooLarge.diagnostics), ['1:1 file-too-large']);
  assert.match(tooLarge.diagnostics[0]!.message, /10 Mo/);
  // The parser refuses such a text too when it is handed one directly.
  assert.deepEqual(rules(parseDispatch('a'.repeat(10_000_001), 'x.txt').diagnostics), ['1:1 file-too-large']);
});

test('a run of text with no sentence end is cut into paragraphs of at most 1,000 characters, between words', () => {
  const words = 'Jean Pierre Paul Marie '.repeat(2000).trim();
  const body = bodyOf(`date 2021-11-02\nPARIS (AFP) - ${words}\n`).split('\n');
  assert.ok(body.length >= 40, `${body.length} paragraphs`);
  for (const p of body) assert.ok(p.length <= 1000 && /^\S.*\S$/.test(p), `${p.length}: ${p.slice(0, 40)}`);
  assert.equal(body.join(' '), `PARIS (AFP) - ${words}`.replace(/^PARIS \(AFP\) - /, ''));
  // Hard-wrapped lines with no full stop and no blank line: the same.
  const wrapped = bodyOf(`date 2021-11-02\nPARIS (AFP) - début\n${'le maire de Lyon a dit que la ville\n'.repeat(3000)}`).split('\n');
  assert.ok(wrapped.length > 20 && wrapped.every((p) => p.length <= 1000));
  // A single word longer than that stays whole.
  const word = 'x'.repeat(5000);
  assert.ok(bodyOf(`date 2021-11-02\nPARIS (AFP) - Il a dit ${word} hier.\n`).includes(word));
});

test('places inside a text are those of advance(), found without counting from the start each time', () => {
  const texts = ['', 'abc', 'a\nb', '\n\n', 'ligne une\nligne deux\n\ntrois', 'x'.repeat(50) + '\n' + 'y'.repeat(7)];
  for (const text of texts) {
    for (const start of [
      { line: 1, column: 1, offset: 0 },
      { line: 4, column: 7, offset: 30 },
      { line: 2, column: 3 },
    ]) {
      for (let from = 0; from <= text.length; from++) {
        for (const to of [from, text.length]) {
          const begin = advance(start, text.slice(0, from));
          assert.deepEqual(slicePosition(start, text, from, to), { start: begin, end: advance(begin, text.slice(from, to)) });
        }
      }
    }
  }
});

test('combining marks stacked past eight on one letter are brought back to eight, with a warning', () => {
  const zalgo = `Je${'\u0301\u0316'.repeat(100)}an`;
  const a = parseDispatch(`date 2021-11-02\nPARIS (AFP) - Le maire ${zalgo} a dit oui, Nguyễn aussi, et क्षत्रिय.\n`, 'x.txt');
  assert.deepEqual(rules(a.diagnostics.filter((d) => d.rule === 'combining-marks')), ['2:26 combining-marks']);
  assert.match(a.diagnostics.find((d) => d.rule === 'combining-marks')!.message, /^200 signes/);
  assert.ok(a.lede.includes(`Je${'\u0301\u0316'.repeat(4)}an a dit oui, Nguyễn aussi, et क्षत्रिय.`), a.lede);
  assert.ok(
    !parseDispatch('date 2021-11-02\nHANOÏ (AFP) - Nguyê\u0303n Phú Trọng, ཀྱིས་ et क्षत्रिय ont parlé.\n', 'x.txt').diagnostics.some(
      (d) => d.rule === 'combining-marks',
    ),
  );
});

test('text encoded twice (UTF-8 read as Windows-1252, saved again) is named at its first place', () => {
  const { article, diagnostics } = readDispatch(utf8('date 2021-11-02\nPARIS (AFP) - Le maire a dit : Â« lâ€™Ã©tÃ© est lÃ  Â», cÅ“ur battant.\n'), 'x');
  assert.ok(article);
  assert.deepEqual(rules(diagnostics.filter((d) => d.rule === 'encoding-double')), ['2:32 encoding-double']);
  assert.match(diagnostics.find((d) => d.rule === 'encoding-double')!.message, /^« Â« » et 5 autres : texte encodé deux fois/);
  for (const fine of ['SÃO PAULO (AFP) - Le maire a dit oui.', 'ÅLAND (AFP) - Le maire a dit « oui » à l’été.']) {
    assert.ok(!readDispatch(utf8(`date 2021-11-02\n${fine}\n`), 'x').diagnostics.some((d) => d.rule === 'encoding-double'), fine);
  }
});
