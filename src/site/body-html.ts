// An article's text as HTML: mdast built from the parsed paragraphs, set in
// French typography, reported speech marked up as <q> with its speaker's
// page as `cite` (where the parser says each quote stands), then remark-rehype and rehype-stringify. Text stays text
// (escaped), so nothing a dispatch contains can become markup.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Parent, Root, RootContent, PhrasingContent } from 'mdast';
import type { Article, Quote } from '../dispatch/article.ts';
import { typeset } from './typography.ts';

const toHtml = unified().use(remarkRehype).use(rehypeStringify).freeze();

declare module 'mdast' {
  interface RootContentMap {
    speech: Speech;
  }
  interface PhrasingContentMap {
    speech: Speech;
  }
}

/** Reported words, rendered as <q cite>. */
interface Speech extends Parent {
  type: 'speech';
  children: PhrasingContent[];
  data: { hName: 'q'; hProperties: { cite?: string } };
}

// Two marks show where the parser's quotes start and end in a paragraph: they
// go through the typography with the text, so that the quotes' offsets (given
// on the text as written) hold on the text as typeset. Before the opening
// quotation mark, a line separator (white space to every rule, so a straight
// quote after it still reads as opening); after the closing one, a
// private-use character (a non-space, so "» :" still gets its no-break space).
const OPEN = '\u2028';
const CLOSE = '\u2029';
const MARKS = /[\u2028\u2029]/;

function paragraphChildren(text: string, quotes: Quote[], lang: string, speakerUrl: (name: string) => string | null): PhrasingContent[] {
  const spans = quotes
    .filter((q): q is Quote & { start: number; end: number } => q.start !== undefined && q.end !== undefined && q.start < q.end && q.end <= text.length)
    .sort((a, b) => a.start - b.start);
  let marked = '';
  let last = 0;
  const kept: Quote[] = [];
  // The marks go around the quotation marks. The parser knows which straight
  // quote opens and which closes: they are set here as the page's language
  // sets them, so that the typography need not guess them beside the marks.
  const [left, right] = lang === 'fr' ? ['«', '»'] : ['“', '”'];
  for (const q of spans) {
    if (q.start < last) continue;
    const opening = /([«“"]?)(\s*)$/u.exec(text.slice(last, q.start))!;
    const closing = /^(\s*)([»”"]?)/u.exec(text.slice(q.end))!;
    const open = opening[1] === '"' ? left : opening[1]!;
    const close = closing[2] === '"' ? right : closing[2]!;
    marked += text.slice(last, q.start - opening[0].length) + OPEN + open + opening[2] + text.slice(q.start, q.end) + closing[1] + close + CLOSE;
    last = q.end + closing[0].length;
    kept.push(q);
  }
  // A file that holds the marks itself (they are private-use characters) is shown as it is, unmarked.
  if (MARKS.test(text)) return [{ type: 'text', value: typeset(text, lang) }];
  const pieces = typeset(marked + text.slice(last), lang).split(MARKS);
  const out: PhrasingContent[] = [];
  const push = (value: string) => {
    if (value === '') return;
    const previous = out.at(-1);
    if (previous?.type === 'text') previous.value += value;
    else out.push({ type: 'text', value });
  };
  pieces.forEach((piece, i) => {
    // Right after a quote's mark the typography saw white space, not the "»": French spacing before : ; ! ? is set here.
    if (i % 2 === 0) {
      push(i > 0 && lang === 'fr' ? piece.replace(/^[ \u00a0\u202f]?:(?=\s|$)/u, '\u00a0:').replace(/^[ \u00a0\u202f]?([;!?]+)(?=\s|$)/u, '\u202f$1') : piece);
      return;
    }
    // The quotation marks and the spaces inside them stay outside <q>, as a reader's eye expects.
    const words = /^([«“"]?[\s\u00a0\u202f]*)([\s\S]*?)([\s\u00a0\u202f]*[»”"]?)$/u.exec(piece)!;
    push(words[1]!);
    const q = kept[(i - 1) / 2]!;
    const cite = q.speaker ? speakerUrl(q.speaker) : null;
    out.push({ type: 'speech', children: [{ type: 'text', value: words[2]! }], data: { hName: 'q', hProperties: cite ? { cite } : {} } });
    push(words[3]!);
  });
  return out;
}

export interface BodyOptions {
  skipLede?: boolean;
  /** The page of a speaker, for <q cite>. */
  speakerUrl?: (name: string) => string | null;
}

export function articleBodyTree(article: Article, lang: string, options: BodyOptions = {}): Root {
  const children: RootContent[] = [];
  const speech = article.quotes.filter((q) => q.kind === 'speech');
  article.sections.forEach((section, s) => {
    if (section.title !== null) {
      children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: typeset(section.title, lang) }] });
    }
    section.paragraphs.forEach((p, i) => {
      if (options.skipLede && s === 0 && i === 0) return;
      const here = speech.filter((q) => q.section === s && q.paragraph === i);
      children.push({ type: 'paragraph', children: paragraphChildren(p, here, lang, options.speakerUrl ?? (() => null)) });
    });
  });
  return { type: 'root', children };
}

export function articleBodyHtml(article: Article, lang: string, options: BodyOptions = {}): string {
  const tree = articleBodyTree(article, lang, options);
  return toHtml.stringify(toHtml.runSync(tree));
}
