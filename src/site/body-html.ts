// An article's sections as HTML: mdast built from the parsed text, then
// remark-rehype and rehype-stringify. Text stays text (escaped), so nothing a
// dispatch contains can become markup.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root, RootContent } from 'mdast';
import type { Section } from '../dispatch/article.ts';

const toHtml = unified().use(remarkRehype).use(rehypeStringify).freeze();

export function sectionsTree(sections: Section[], skipLede: boolean): Root {
  const children: RootContent[] = [];
  sections.forEach((section, s) => {
    if (section.title !== null) {
      children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: section.title }] });
    }
    section.paragraphs.forEach((p, i) => {
      if (skipLede && s === 0 && i === 0) return;
      children.push({ type: 'paragraph', children: [{ type: 'text', value: p }] });
    });
  });
  return { type: 'root', children };
}

export function sectionsHtml(sections: Section[], skipLede = false): string {
  const tree = sectionsTree(sections, skipLede);
  return toHtml.stringify(toHtml.runSync(tree));
}

export function textHtml(text: string): string {
  return sectionsHtml([{ title: null, paragraphs: [text] }]);
}
