// An article's text as HTML: mdast built from the parsed paragraphs, set in
// French typography, reported speech marked up as <q> with its speaker's
// page as `cite`, then remark-rehype and rehype-stringify. Text stays text
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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a quote's words sit in its paragraph, spaces and marks as typeset. */
function locate(paragraph: string, quote: string): { from: number; to: number } | null {
  const words = quote.split(/[\s\u00a0\u202f]+/).filter(Boolean).map((w) => escapeRegExp(w).replace(/['’]/g, "['’]").replace(/"/g, '["«»“”]').replace(/\\\+/g, '[+“”]'));
  if (words.length === 0) return null;
  const re = new RegExp(words.join('[\\s\\u00a0\\u202f]+'), 'u');
  const m = re.exec(paragraph);
  return m ? { from: m.index, to: m.index + m[0].length } : null;
}

function paragraphChildren(text: string, quotes: Quote[], lang: string, speakerUrl: (name: string) => string | null): PhrasingContent[] {
  const typeset_ = typeset(text, lang);
  const spans = quotes
    .map((q) => ({ q, at: locate(typeset_, typeset(q.text, lang)) }))
    .filter((s): s is { q: Quote; at: { from: number; to: number } } => s.at !== null)
    .sort((a, b) => a.at.from - b.at.from);
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const { q, at } of spans) {
    if (at.from < last) continue;
    if (at.from > last) out.push({ type: 'text', value: typeset_.slice(last, at.from) });
    const cite = q.speaker ? speakerUrl(q.speaker) : null;
    out.push({ type: 'speech', children: [{ type: 'text', value: typeset_.slice(at.from, at.to) }], data: { hName: 'q', hProperties: cite ? { cite } : {} } });
    last = at.to;
  }
  if (last < typeset_.length) out.push({ type: 'text', value: typeset_.slice(last) });
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
