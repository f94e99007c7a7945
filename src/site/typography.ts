// French typography on text shown to readers: « » with no-break spaces, a
// narrow no-break space before ; ! ? and %, a no-break space before :, ’
// for the apostrophe, AFP's 4.000 as 4 000 (never a year) and 02H30 as
// 2 h 30, +…+ as an inner quote. typograf does quotes, apostrophes and
// ellipses; the French spacing rules it lacks are added here as typograf
// rules. Input and output are plain text: escaping is the HTML serializer's job.
import * as typografModule from 'typograf';

// The package's types describe CommonJS (a default inside the default); its
// ES build, which Node loads, exports the class itself as default.
type TypografClass = typeof typografModule.default extends { default: infer C } ? C : typeof typografModule.default;
const Typograf = ((typografModule.default as { default?: unknown }).default ?? typografModule.default) as TypografClass;

const NNBSP = '\u202f';
const NBSP = '\u00a0';

Typograf.addRule({
  name: 'fr/other/afpInnerQuote',
  // "nous parlons de +mission impossible+": AFP's quote inside a quote.
  handler: (text: string) => text.replace(/(^|[\s(«“"'’])\+([^+\n]{1,120}?)\+(?=[\s.,;:!?)»”"]|$)/gu, '$1“$2”'),
  queue: 'start',
});
Typograf.addRule({
  name: 'fr/punctuation/apostropheFirst',
  // Before typograf's quote rule: an apostrophe between letters is one, and
  // « » lose the spaces inside them (put back at the end), or the rule reads
  // "réel », a dit" as opening a quote and closes « with “.
  handler: (text: string) =>
    text
      .replace(/([\p{L}])'(?=[\p{L}])/gu, '$1’')
      .replace(/«[ \u00a0\u202f]+/g, '«')
      .replace(/[ \u00a0\u202f]+»/g, '»'),
  queue: 'start',
});
Typograf.addRule({
  name: 'fr/number/afpThousands',
  // 4.000 and 2.500.000, the agency's thousands separator, become 4 000 and
  // 2 500 000; 4,4 and 2014 are left alone.
  handler: (text: string) =>
    text.replace(/(?<![\d.,])(\d{1,3})((?:\.\d{3})+)(?![\d.,]\d)/g, (_m, head: string, tail: string) => head + tail.replace(/\./g, NNBSP)),
});
Typograf.addRule({
  name: 'fr/number/afpTimes',
  // The agency's clock times, 08H00 and 02H30, as French print sets them:
  // 8 h and 2 h 30, with no-break spaces. Only hours 0 to 23 (the "24H du
  // Mans" is a name) and whole minutes; a digit or a letter on either side
  // (G20, H5N1, 2H2) leaves the text alone.
  handler: (text: string) =>
    text.replace(
      /(?<![\p{L}\d.,:/-])([01]?\d|2[0-3])[Hh]([0-5]\d)?(?![\p{L}\d])/gu,
      (_m, hours: string, minutes: string | undefined) => `${Number(hours)}${NBSP}h${minutes && minutes !== '00' ? `${NBSP}${minutes}` : ''}`,
    ),
});
Typograf.addRule({
  name: 'fr/nbsp/punctuation',
  handler: (text: string) =>
    text
      // Before ; ! ? : a narrow no-break space, replacing any space typed.
      .replace(/([^\s\d«(])[ \u00a0\u202f]?([;!?]+)(?=\s|$|[»”)"])/gu, `$1${NNBSP}$2`)
      // Before : a no-break space, but not in times (14:32) or URLs.
      .replace(/([^\s\d«(])[ \u00a0\u202f]?:(?=\s|$)/gu, `$1${NBSP}:`)
      .replace(/(\d)[ \u00a0]?%/g, `$1${NNBSP}%`)
      // Inside « », a narrow no-break space.
      .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`),
  queue: 'end',
});

const french = new Typograf({ locale: ['fr'], htmlEntity: { type: 'default' } });
// Conservative: copy is published as written but for quotes, apostrophes,
// ellipses and the French spaces; typograf's spacing rules would also turn
// "javascript:alert(1)" into "javascript : alert (1)".
const OFF = [
  'common/space/*',
  'common/nbsp/*',
  'common/number/*',
  'common/punctuation/delDoublePunctuation',
  'common/punctuation/quoteLink',
  'common/symbols/*',
  'common/html/*',
  'common/other/*',
  'en-US/*',
];
french.disableRule(OFF);
french.enableRule(['fr/punctuation/apostropheFirst', 'fr/other/afpInnerQuote', 'fr/number/afpThousands', 'fr/number/afpTimes', 'fr/nbsp/punctuation']);
// Inside « », French copy nests “ ” (not ‹ ›).
french.setSetting('common/punctuation/quote', 'fr', { left: '«“', right: '»”', removeDuplicateQuotes: true });

const english = new Typograf({ locale: ['en-US'], htmlEntity: { type: 'default' } });
english.disableRule(OFF.filter((r) => r !== 'en-US/*'));
english.enableRule(['fr/punctuation/apostropheFirst', 'fr/other/afpInnerQuote']);

// Names, headlines and quotes come back on page after page (a speaker's name
// on each of their dispatches, a headline in every related list): short
// texts are typeset once. Bounded, so a large archive cannot fill memory.
const known = new Map<string, string>();
const SHORT = 160;

// typograf reads its input as HTML: it decoded "&#60;i&#62;" to "<i>" but
// kept "&lt;b&gt;", put French spacing inside an entity ("&gt ;"), and read
// typograf's own markers (U+F000, U+F001) in the text as hidden tags. A
// dispatch is plain text: what looks like an entity is shown as written, on
// the page, in feeds, JSON-LD and search alike. Each such run (an entity, a
// private-use character of these ranges) is set aside as a token of
// private-use characters no rule reads as a word, a space or punctuation,
// and put back after.
const VERBATIM = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});|[\uE000-\uE0FF\uF000\uF001]/g;
const MAYBE_VERBATIM = /[&\uE000-\uE0FF\uF000\uF001]/;
const TOKEN = /\uE000([\uE010-\uE0FF]+)\uE001/g;

/** The number `n` in private-use digits (U+E010…), base 240. */
function tokenFor(n: number): string {
  let digits = '';
  do {
    digits = String.fromCharCode(0xe010 + (n % 240)) + digits;
    n = Math.floor(n / 240);
  } while (n > 0);
  return `\uE000${digits}\uE001`;
}

function tokenIndex(digits: string): number {
  let n = 0;
  for (let i = 0; i < digits.length; i++) n = n * 240 + (digits.charCodeAt(i) - 0xe010);
  return n;
}

function execute(rules: InstanceType<TypografClass>, text: string): string {
  if (!MAYBE_VERBATIM.test(text)) return rules.execute(text);
  const kept: string[] = [];
  const hidden = text.replace(VERBATIM, (run) => tokenFor(kept.push(run) - 1));
  if (kept.length === 0) return rules.execute(text);
  return rules.execute(hidden).replace(TOKEN, (_m, digits: string) => kept[tokenIndex(digits)] ?? '');
}

/** Typeset `text` for a page in `lang` (French rules for French, plain quotes and apostrophes otherwise). */
export function typeset(text: string, lang = 'fr'): string {
  if (text === '') return text;
  const rules = lang === 'fr' ? french : english;
  if (text.length > SHORT) return execute(rules, text);
  const key = rules === french ? text : `\u0000${text}`;
  let done = known.get(key);
  if (done === undefined) {
    done = execute(rules, text);
    if (known.size >= 100_000) known.clear();
    known.set(key, done);
  }
  return done;
}
