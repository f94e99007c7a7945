// Quotation spans: straight "…", « … » (with any kind of space inside) and
// “…”. Quotes nest (AFP's +…+ and inner marks stay in the outer quote's
// text); a quote that runs over paragraphs reopens each new paragraph with
// its mark, as French copy does. What cannot be paired is reported.
import { PARAGRAPH_BREAK, type Doc } from './document.ts';
import { allMatches } from '../match-all.ts';

export type Mark = 'straight' | 'guillemets' | 'curly';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  mark: Mark;
  /** The quoted words, marks and reopening marks removed, spaces as a reader sees them. */
  text: string;
}

export interface StrayMark {
  at: number;
  mark: string;
}

interface Open {
  mark: Mark;
  at: number;
  /** Reopening marks at the start of later paragraphs, left out of the text. */
  reopen: number[];
}

const OPENING: Record<Mark, string> = { straight: '"', guillemets: '«', curly: '“' };

const MARK_OR_BREAK = /[«“»”"]|\n\n/g;

/** Does a straight quote at `i` look like it closes (after a word or punctuation, before space or punctuation)? */
function looksClosing(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return /[\p{L}\d.,;:!?…)%]/u.test(before) && /[\s.,;:!?…)]/u.test(after);
}

function quotedText(doc: Doc, q: Open, close: number): string {
  let out = '';
  let from = q.at + 1;
  for (const r of q.reopen) {
    out += doc.text.slice(from, r);
    from = r + 1;
  }
  out += doc.text.slice(from, close);
  return out
    .replace(/\n\n/g, ' ')
    .replace(/[ \t\u00a0\u202f]+/g, ' ')
    .trim();
}

export function findQuotes(doc: Doc): { quotes: QuoteSpan[]; stray: StrayMark[] } {
  const text = doc.text;
  const quotes: QuoteSpan[] = [];
  const stray: StrayMark[] = [];
  const stack: Open[] = [];
  const close = (i: number) => {
    const q = stack.pop()!;
    if (stack.length === 0) {
      const value = quotedText(doc, q, i);
      if (value !== '') quotes.push({ open: q.at, close: i, mark: q.mark, text: value });
    }
  };
  // Only quotation marks and paragraph starts matter: jump from one to the next.
  let reopened = -1;
  for (const m of allMatches(MARK_OR_BREAK, text)) {
    if (m[0] === PARAGRAPH_BREAK) {
      const i = m.index + PARAGRAPH_BREAK.length;
      if (stack.length === 0 || i >= text.length) continue;
      const outer = stack[0]!;
      const c = text[i]!;
      if (c === OPENING[outer.mark] || (c === '«' && outer.mark !== 'curly')) {
        // The quote goes on in this paragraph; its reopening mark is not text.
        outer.reopen.push(i);
        stack.length = 1;
        reopened = i;
        continue;
      }
      stray.push({ at: outer.at, mark: OPENING[outer.mark] });
      stack.length = 0;
      continue;
    }
    const i = m.index;
    if (i === reopened) continue;
    const c = m[0];
    const top = stack[stack.length - 1];
    if (c === '«') stack.push({ mark: 'guillemets', at: i, reopen: [] });
    else if (c === '“') stack.push({ mark: 'curly', at: i, reopen: [] });
    else if (c === '»' || c === '”') {
      const mark: Mark = c === '»' ? 'guillemets' : 'curly';
      const depth = stack.map((s) => s.mark).lastIndexOf(mark);
      if (depth === -1) stray.push({ at: i, mark: c });
      else {
        stack.length = depth + 1;
        close(i);
      }
    } else if (c === '"') {
      if (top?.mark === 'straight') close(i);
      else if (stack.some((s) => s.mark === 'straight')) {
        stack.length = stack.map((s) => s.mark).lastIndexOf('straight') + 1;
        close(i);
      } else if (stack.length === 0 && looksClosing(text, i)) {
        // A closing mark with nothing open: its opening mark is missing.
        stray.push({ at: i, mark: c });
      } else stack.push({ mark: 'straight', at: i, reopen: [] });
    }
  }
  for (const open of stack.slice(0, 1)) stray.push({ at: open.at, mark: OPENING[open.mark] });
  return { quotes, stray };
}
