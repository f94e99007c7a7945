// Wire header: the lines above the body. `key value` headers (the date),
// the service line, the priority word, the slug line and the title line, in
// any order, plus a `date …` written inline before the body as in old copy.
import type { Plugin } from 'unified';
import type { Root, Paragraph } from 'mdast';
import type { VFile } from 'vfile';
import { PRIORITIES, type Priority } from '../article.ts';
import { parseIsoDate } from '../dates.ts';
import { slicePosition, startOf, textOf } from '../tree.ts';
import { DATELINE_START } from './dateline.ts';
import { CREDIT } from './footer.ts';
import { dispatchData, report } from '../messages.ts';

const HEADER = /^([A-Za-z][\w-]{0,30})\s*(?::\s*|\s+)(\S.*)$/;
const KNOWN_KEYS = new Set(['date', 'langue', 'language', 'lang']);
const INLINE_DATE = /^date\s*:?\s+(\d{4}(?:-\d{1,2}(?:-\d{1,2}(?:[T ]\d{1,2}:\d{2})?)?)?)(?=\s|$)\s*/i;
// Zone and sequence, an optional priority digit, the service code, the word count, the origin
// (`FRA0064 1 G 0004 FRA/AFP-RC58`, `FRS0456 3 GEN 0512 FRA /AFP-KL07`, `FRA0041 I 0031 FRA/AFP-RM02`).
const SERVICE = /^[A-Z]{3}\d{4}(?:\s+\d)?\s+[A-Z]{1,4}\s+\d{4}\s+[A-Z]{2,4}\s*\/\s*\S+$/;
const SLUG = /^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u;

function isPriority(text: string): text is Priority {
  return (PRIORITIES as readonly string[]).includes(text);
}

/** A title line: short, not a sentence, not a line in capitals (an editor's note to clients). */
function looksLikeTitle(text: string): boolean {
  return text.length <= 200 && !/[.,;…]$/.test(text) && !/^[\p{Ll}]/u.test(text) && !DATELINE_START.test(text) && /[\p{Ll}]/u.test(text);
}

// `ALERTE - Le président a démissionné`: the priority word opening a one-line dispatch.
const PRIORITY_PREFIX = /^(FLASH|BULLETIN|URGENT|ALERTE)\s*[-–—:]\s+(?=\S)/;
// How far down a dateline is looked for, and how long a line above it may be.
const HEADER_LINES = 12;
const HEADER_LINE_LENGTH = 200;

/** The index of the paragraph that opens with a dateline, when only short lines stand above it; -1 otherwise. */
function datelineAt(nodes: Root['children']): number {
  for (let i = 0; i < Math.min(nodes.length, HEADER_LINES); i++) {
    const node = nodes[i]!;
    if (node.type !== 'paragraph') return -1;
    const text = textOf(node);
    if (DATELINE_START.test(text)) return i;
    const inline = INLINE_DATE.exec(text);
    // A long line, or a date glued to text, is the body itself.
    if (text.length > HEADER_LINE_LENGTH || (inline && inline[0].length < text.length)) return -1;
  }
  return -1;
}

function takeDate(file: VFile, node: Paragraph, value: string, from: number) {
  const data = dispatchData(file);
  const position = slicePosition(startOf(node), textOf(node), from, from + value.length);
  const result = parseIsoDate(value);
  if (!result) {
    report(file, 'error', `date « ${value} » illisible : écrire AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM`, position, 'date-unreadable', {
      expected: ['AAAA', 'AAAA-MM', 'AAAA-MM-JJ', 'AAAA-MM-JJTHH:MM'],
    });
  } else if (!result.ok) {
    report(file, 'error', `date « ${value} » impossible : ${result.reason}`, position, 'date-impossible');
  } else {
    data.headerDate = { ...result.date, from: 'header', position };
  }
}

export const dispatchHeader: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = dispatchData(file);
    const nodes = tree.children;
    // The dateline opens the text whatever stands above it: every line above
    // it is header, and a line the header does not know is reported.
    const body = datelineAt(nodes);
    let i = 0;
    for (; i < (body === -1 ? nodes.length : body); i++) {
      const node = nodes[i];
      if (node?.type !== 'paragraph') break;
      const text = textOf(node);
      const inline = INLINE_DATE.exec(text);
      if (inline && inline[0].length < text.length) {
        // `date 2021-11 L'aviation syrienne…`: the header is glued to the body.
        const offset = inline[0].indexOf(inline[1]!);
        takeDate(file, node, inline[1]!, offset);
        dropStart(node, inline[0].length);
        break;
      }
      const header = HEADER.exec(text);
      if (header && KNOWN_KEYS.has(header[1]!.toLowerCase())) {
        const key = header[1]!.toLowerCase();
        if (key === 'date') takeDate(file, node, header[2]!.trim(), text.indexOf(header[2]!));
        else data.headers[key] = header[2]!.trim();
        continue;
      }
      if (CREDIT.test(text)) continue;
      if (isPriority(text) && data.priority === null) {
        data.priority = text;
        continue;
      }
      if (SERVICE.test(text) && data.service === null) {
        data.service = text.replace(/\s+/g, ' ');
        continue;
      }
      const next = nodes[i + 1];
      if (SLUG.test(text) && data.keywords.length === 0 && next) {
        data.keywords = text.split('-');
        continue;
      }
      const bodyFollows = body !== -1 || (next?.type === 'paragraph' && (next.data?.afterBlank || DATELINE_START.test(textOf(next))));
      if (data.title === null && bodyFollows && looksLikeTitle(text) && !PRIORITY_PREFIX.test(text)) {
        data.title = text;
        continue;
      }
      if (body === -1) break;
      report(
        file,
        'warning',
        `ligne d'en-tête inconnue « ${text.length > 60 ? `${text.slice(0, 59)}…` : text} » au-dessus de la ligne de date : ni date, ni ligne de service, ni priorité, ni mots-clés, ni titre ; elle n'est pas publiée`,
        node.position,
        'header-unknown-line',
      );
    }
    nodes.splice(0, i);
    // `ALERTE - …`: the priority, then the text.
    const first = nodes[0];
    const prefix = first?.type === 'paragraph' ? PRIORITY_PREFIX.exec(textOf(first)) : null;
    if (first?.type === 'paragraph' && prefix) {
      data.priority ??= prefix[1] as Priority;
      dropStart(first, prefix[0].length);
    }
  };
};

/** Removes the first `length` characters of a one-text paragraph, keeping positions. */
function dropStart(node: Paragraph, length: number) {
  const text = textOf(node);
  const start = slicePosition(startOf(node), text, length, text.length);
  const body = node.children[0];
  if (body && body.type === 'text') {
    body.value = text.slice(length);
    body.position = start;
  }
  node.position = start;
}
