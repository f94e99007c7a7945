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
import { dispatchData, report } from '../messages.ts';

const HEADER = /^([A-Za-z][\w-]{0,30})\s*(?::\s*|\s+)(\S.*)$/;
const KNOWN_KEYS = new Set(['date', 'langue', 'language', 'lang']);
const INLINE_DATE = /^date\s*:?\s+(\d{4}(?:-\d{1,2}(?:-\d{1,2}(?:[T ]\d{1,2}:\d{2})?)?)?)(?=\s|$)\s*/i;
const SERVICE = /^[A-Z]{3}\d{4}\s+\d\s+[A-Z]{1,4}\s+\d{4}\s+\S+$/;
const SLUG = /^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u;

function isPriority(text: string): text is Priority {
  return (PRIORITIES as readonly string[]).includes(text);
}

/** A title line: short, not a sentence, and followed by more text. */
function looksLikeTitle(text: string): boolean {
  return text.length <= 200 && !/[.,;…]$/.test(text) && !/^[\p{Ll}]/u.test(text) && !DATELINE_START.test(text);
}

function takeDate(file: VFile, node: Paragraph, value: string, from: number) {
  const data = dispatchData(file);
  const position = slicePosition(startOf(node), textOf(node), from, from + value.length);
  const result = parseIsoDate(value);
  if (!result) {
    report(file, 'error', `date « ${value} » illisible : écrire AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM`, position, 'date-unreadable');
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
    let i = 0;
    for (; i < nodes.length; i++) {
      const node = nodes[i];
      if (!node || node.type !== 'paragraph') break;
      const text = textOf(node);
      const inline = INLINE_DATE.exec(text);
      if (inline && inline[0].length < text.length) {
        // `date 2021-11 L'aviation syrienne…`: the header is glued to the body.
        const offset = inline[0].indexOf(inline[1]!);
        takeDate(file, node, inline[1]!, offset);
        const rest = text.slice(inline[0].length);
        const start = slicePosition(startOf(node), text, inline[0].length, text.length);
        const body = node.children[0];
        if (body && body.type === 'text') {
          body.value = rest;
          body.position = start;
        }
        node.position = start;
        break;
      }
      const header = HEADER.exec(text);
      if (header && KNOWN_KEYS.has(header[1]!.toLowerCase())) {
        const key = header[1]!.toLowerCase();
        if (key === 'date') takeDate(file, node, header[2]!.trim(), text.indexOf(header[2]!));
        else data.headers[key] = header[2]!.trim();
        continue;
      }
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
      const bodyFollows = next?.type === 'paragraph' && (next.data?.afterBlank || DATELINE_START.test(textOf(next)));
      if (data.title === null && bodyFollows && looksLikeTitle(text)) {
        data.title = text;
        continue;
      }
      break;
    }
    nodes.splice(0, i);
  };
};
