// The headline: the title line when there is one, otherwise the lede's first
// sentence cut at a natural point (a clause boundary) near 110 characters.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { sentences } from '../sentences.ts';
import { dispatchData } from '../messages.ts';
import { textOf } from '../tree.ts';

export interface HeadlineOptions {
  /** The length a derived headline aims at (characters)… */
  short?: number;
  /** …the furthest clause boundary it may end at… */
  longest?: number;
  /** …and the nearest. */
  shortest?: number;
}

export const HEADLINE_DEFAULTS: Required<HeadlineOptions> = { short: 110, longest: 130, shortest: 40 };

function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/"/g) % 2 === 0 && count(/«/g) === count(/»/g);
}

export function deriveHeadline(lede: string, options: HeadlineOptions = {}): string {
  const { short: SHORT, longest: LONGEST, shortest: SHORTEST } = { ...HEADLINE_DEFAULTS, ...options };
  const first = (sentences(lede)[0] ?? lede).replace(/\s+/g, ' ').trim();
  const bare = first.replace(/[.…]$/, '');
  if (bare.length <= SHORT) return bare;
  // Clause boundaries: comma, semicolon, colon, dash, opening parenthesis.
  let cut = -1;
  for (const m of bare.matchAll(/\s*(?:[,;:]\s|\s[-–—]\s|\s\()/g)) {
    if (m.index > LONGEST) break;
    if (m.index >= SHORTEST && balanced(bare.slice(0, m.index))) cut = m.index;
    if (cut !== -1 && m.index >= SHORT) break;
  }
  if (cut !== -1) return bare.slice(0, cut);
  const space = bare.lastIndexOf(' ', SHORT);
  return bare.slice(0, space > SHORTEST ? space : SHORT).replace(/[\s,;:]+$/, '') + '…';
}

export const dispatchHeadline: Plugin<[HeadlineOptions?], Root> = function (options = {}) {
  return (tree, file) => {
    const data = dispatchData(file);
    const lede = tree.children.find((n) => n.type === 'paragraph');
    data.headline = data.title ?? deriveHeadline(lede ? textOf(lede) : '', options);
  };
};
