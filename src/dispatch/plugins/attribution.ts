// Quotes with their speakers, the sources of the information, and the people,
// places and organisations named: what the archive's who-and-where pages and
// its "who said what" are built from.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import type { Entities, Quote, Source } from '../article.ts';
import { fold } from '../dates.ts';
import { dispatchData, report } from '../messages.ts';
import { textOf } from '../tree.ts';
import { wordCount } from '../words.ts';
import { clean } from '../compile.ts';
import { documentOf, paragraphAt, positionOf, titleDocument } from '../semantics/document.ts';
import { findQuotes } from '../semantics/quotes.ts';
import { distinct, findNames, titleCase } from '../semantics/names.ts';
import { attribute, type Party } from '../semantics/attribution.ts';
import { publishable } from '../semantics/publishable.ts';
import { INSTITUTION_HEADS } from '../semantics/lexicon.ts';

const INSTITUTION = new RegExp(`^(?:${INSTITUTION_HEADS.join('|')})(?![\\p{L}])|^\\p{Lu}`, 'u');

const MARK_NAMES: Record<string, string> = {
  '"': 'guillemet droit "',
  '«': 'guillemet ouvrant «',
  '»': 'guillemet fermant »',
  '“': 'guillemet ouvrant “',
  '”': 'guillemet fermant ”',
};

function unique(names: string[]): string[] {
  return [...new Map(names.map((n) => [fold(n), n] as const)).values()].filter((n, i, all) => all.findIndex((m) => fold(m) === fold(n)) === i);
}

/** Where offset `i` of a paragraph's text falls once its whitespace is as readers see it (compile.ts's `clean`). */
function publishedOffset(text: string, i: number): number {
  const lead = text.length - text.trimStart().length;
  return clean(text.slice(lead, Math.max(lead, i)) + '.').length - 1;
}

/**
 * Quotes in the title line and the intertitles (`- « Je n'y crois plus » -`) are quotes too. A heading
 * names no speaker of its own: words that repeat a quote of the text are that quote's speaker's; other
 * words of four or more are speech by nobody the heading names, and shorter ones are terms.
 */
function headingQuotes(tree: Root, title: string | null, body: Quote[]): Quote[] {
  const out: Quote[] = [];
  const headings: { text: string; section?: number }[] = title ? [{ text: title }] : [];
  let section = 0;
  for (const node of tree.children) if (node.type === 'heading') headings.push({ text: textOf(node), section: ++section });
  for (const heading of headings) {
    for (const q of findQuotes(titleDocument(heading.text)).quotes) {
      const words = fold(q.text)
        .replace(/[^\p{L}\d]+/gu, ' ')
        .trim();
      const same = body.find(
        (b) =>
          b.kind === 'speech' &&
          words.length > 0 &&
          fold(b.text)
            .replace(/[^\p{L}\d]+/gu, ' ')
            .includes(words),
      );
      const n = wordCount(q.text);
      const kind = same || n >= 4 ? 'speech' : 'term';
      const quote: Quote = { text: q.text, kind, speaker: kind === 'speech' ? (same?.speaker ?? null) : null };
      if (same?.speaker) quote.rule = 'heading-repeats-quote';
      if (heading.section !== undefined) quote.section = heading.section;
      out.push(quote);
    }
  }
  return out;
}

export const dispatchAttribution: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = dispatchData(file);
    const doc = documentOf(tree);
    if (doc.text === '') return;
    const { quotes, stray } = findQuotes(doc);
    for (const s of stray) {
      report(
        file,
        'warning',
        `${MARK_NAMES[s.mark] ?? s.mark} sans son pendant : citation ignorée, vérifier les guillemets`,
        positionOf(doc, s.at, s.at + 1),
        'quote-unbalanced',
      );
    }
    const datelinePlaces = data.dateline
      ? [...(data.dateline.place ? [titleCase(data.dateline.place)] : []), ...(data.dateline.country ? [data.dateline.country] : [])]
      : [];
    const names = findNames(doc);
    // The title names people and places too ("Niger: au moins 17 soldats tués").
    const headings = tree.children.filter((n) => n.type === 'heading').map((n) => textOf(n));
    const titleLine = [data.title, ...headings].filter((t): t is string => !!t).join('. ');
    const titleNames = titleLine ? findNames(titleDocument(titleLine)) : null;
    const attribution = attribute(doc, names, quotes);
    data.quotes = attribution.quotes.map(({ quote, kind, speaker }): Quote => {
      const p = paragraphAt(doc, quote.open);
      // Where the quoted words stand in the published paragraph (marks left out; a quote that
      // runs on into the next paragraphs ends with this one): the page marks them up from these.
      let start = quote.open - p.at + 1;
      let end = quote.close < p.at + p.text.length ? quote.close - p.at : p.text.length;
      while (start < end && /\s/u.test(p.text[start]!)) start++;
      while (end > start && /\s/u.test(p.text[end - 1]!)) end--;
      const out: Quote = {
        text: quote.text,
        kind,
        speaker: speaker?.name ?? null,
        section: p.section,
        paragraph: p.paragraph,
        start: publishedOffset(p.text, start),
        end: publishedOffset(p.text, end),
      };
      if (speaker?.rule) out.rule = speaker.rule;
      return out;
    });
    data.quotes.push(...headingQuotes(tree, data.title, data.quotes));
    // A name or nothing: what the gate refuses is not published, and its words keep no speaker.
    for (const q of data.quotes) {
      if (q.speaker === null) continue;
      q.speaker = publishable(q.speaker);
      if (q.speaker === null) delete q.rule;
    }
    const sources: Party[] = [];
    for (const s of attribution.sources) {
      const name = publishable(s.name);
      if (name === null || sources.some((o) => fold(o.name) === fold(name))) continue;
      const acronym = s.acronym ?? /\(([^()]{1,12})\)$/u.exec(s.name)?.[1] ?? null;
      sources.push({ ...s, name, acronym });
    }
    data.sources = sources.map((s): Source => ({ name: s.name, acronym: s.acronym, type: s.type, role: s.role, ...(s.rule ? { rule: s.rule } : {}) }));

    const organisations = new Map<string, string>();
    for (const o of names.organisations.values()) organisations.set(fold(o.name), o.name);
    // Sources that are bodies with a proper name join the organisations; people,
    // unnamed officials and groups ("pompiers de Loire-Atlantique") do not.
    for (const s of sources) {
      const body = s.type === 'organisation' || s.type === 'media' || (s.type === 'official' && INSTITUTION.test(s.name));
      if (body && /[\p{Lu}]/u.test(s.name) && !/^(?:un|une|des)\s/i.test(s.name) && !organisations.has(fold(s.name))) {
        organisations.set(fold(s.name), s.name);
      }
    }
    const people = unique([...distinct(names.mentions, 'person'), ...(titleNames ? distinct(titleNames.mentions, 'person') : [])]);
    const places = unique([...datelinePlaces, ...distinct(names.mentions, 'place'), ...(titleNames ? distinct(titleNames.mentions, 'place') : [])]);
    for (const o of titleNames?.organisations.values() ?? []) if (!organisations.has(fold(o.name))) organisations.set(fold(o.name), o.name);
    const gate = (names: string[]) => unique(names.map(publishable).filter((n): n is string => n !== null));
    const entities: Entities = { people: gate(people), places: gate(places), organisations: gate([...organisations.values()]) };
    data.entities = entities;
  };
};
