// Compiler: the dispatch tree and what the plugins found, as an `Article`.
import type { Plugin } from 'unified';
import { articleUrl } from '../site/urls.ts';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { hash } from 'node:crypto';
import type { Article, Section } from './article.ts';
import { dispatchData, toDiagnostics } from './messages.ts';
import { slugify, transliterated } from './slug.ts';
import { textOf } from './tree.ts';

declare module 'unified' {
  interface CompileResultMap {
    Article: Article;
  }
}

export interface SourceInfo {
  sha256: string;
  encoding: string;
}

declare module 'vfile' {
  interface DataMap {
    source: SourceInfo;
  }
}

/** Whitespace as readers see it: runs of spaces and line breaks become one space. */
export function clean(text: string): string {
  // Only runs that are not already one space: replacing every single space with itself copied each paragraph.
  return text.replace(/[ \t\r\n]{2,}|[\t\r\n]/g, ' ').trim();
}

/** The same dispatch text, whatever its line ends or BOM, gives the same id. */
export function dispatchId(text: string): string {
  const normal = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  return hash('sha256', normal, 'hex').slice(0, 16);
}

function sectionsOf(tree: Root): Section[] {
  const sections: Section[] = [{ title: null, paragraphs: [] }];
  for (const node of tree.children) {
    if (node.type === 'heading') sections.push({ title: clean(textOf(node)), paragraphs: [] });
    else if (node.type === 'paragraph') sections[sections.length - 1]!.paragraphs.push(clean(textOf(node)));
  }
  return sections;
}

export function compileArticle(tree: Root, file: VFile, text: string, source: SourceInfo): Article {
  const data = dispatchData(file);
  const sections = sectionsOf(tree);
  const headline = clean(data.headline);
  // A headline in another script has no ASCII letter: it is transliterated (an Arabic dispatch was /AAAA/MM/depeche/).
  let slug = slugify(headline) || slugify(transliterated(headline)) || 'depeche';
  // A slug of digits alone would read as a month in /AAAA/MM/.
  if (/^\d+$/.test(slug)) slug = `depeche-${slug}`;
  return {
    id: dispatchId(text),
    slug,
    url: articleUrl(data.date, slug),
    source: { file: file.path, sha256: source.sha256, encoding: source.encoding },
    language: data.language,
    date: data.date ?? { value: '', precision: 'year' },
    priority: data.priority,
    service: data.service,
    keywords: data.keywords,
    title: data.title,
    headline,
    dateline: data.dateline,
    lede: sections.flatMap((s) => s.paragraphs)[0] ?? '',
    sections,
    quotes: data.quotes,
    sources: data.sources,
    entities: data.entities,
    signature: data.signature,
    wordCount: data.wordCount,
    diagnostics: toDiagnostics(file),
  };
}

/** The source is the file's (`file.data.source`), so that one processor serves every dispatch. */
export const compileDispatch: Plugin<[], Root, Article> = function () {
  this.compiler = (tree, file) => {
    if (!file.data.source) throw new TypeError(`${file.path}: file.data.source is missing (parseDispatch sets it)`);
    return compileArticle(tree as Root, file, String(file.value), file.data.source);
  };
};
