// The body of a page editors write, Markdown to HTML: the one job
// remark-parse is made for (dispatches are plain text and never go through
// it). Markdown is read, not trusted: raw HTML is dropped, never passed on
// (remark-rehype would drop it too; here the editor is told where), a link
// or image whose address could run code (`javascript:`, `data:`,
// `vbscript:`…) loses its address and keeps its words, and text gets the
// site's French typography. Every problem is a warning at its line and column
// in the file (front matter included in the count).
import type { Heading, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Diagnostic } from '../dispatch/article.ts';
import { typeset } from './typography.ts';

export interface RenderedMarkdown {
  html: string;
  /** The text of the first paragraph, for the page's description. */
  lede: string;
  diagnostics: Diagnostic[];
}

// Addresses a page may link to: the web, mail, the telephone, and the site
// itself (a path, an anchor). Anything else with a scheme is refused.
const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;
// A scheme is letters before a colon that comes before any / ? #; browsers
// ignore tabs, newlines and leading control characters and spaces, so
// "java\tscript:" and " javascript:" are schemes too.
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const IGNORED = /[\u0000-\u0020\u007f]/g;

/** Whether a link or image address is safe to publish. */
export function safeUrl(url: string): boolean {
  const bare = url.replace(IGNORED, '');
  if (!SCHEME.test(bare)) return !bare.startsWith('//') && !bare.startsWith('\\');
  return SAFE_SCHEME.test(bare);
}

function warn(diagnostics: Diagnostic[], node: Nodes, lineOffset: number, message: string, rule: string): void {
  const start = node.position?.start;
  diagnostics.push({ severity: 'warning', message, line: (start?.line ?? 1) + lineOffset, column: start?.column ?? 1, rule });
}

const textOf = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : 'alt' in node ? (node.alt ?? '') : '';

/**
 * Makes the tree safe and French, in place. The page's title is its one h1:
 * the body's headings start at h2 whatever level the editor wrote.
 */
function clean(tree: Root, lineOffset: number, lang: string, diagnostics: Diagnostic[]): void {
  let shallowest = 6;
  const visitHeadings = (node: Nodes) => {
    if (node.type === 'heading') shallowest = Math.min(shallowest, node.depth);
    if ('children' in node) for (const child of node.children as Nodes[]) visitHeadings(child);
  };
  visitHeadings(tree);
  const shift = Math.max(0, 2 - shallowest);

  const walk = (parent: Parent) => {
    const out: Nodes[] = [];
    for (const node of parent.children as Nodes[]) {
      if (node.type === 'html') {
        warn(diagnostics, node, lineOffset, 'HTML brut ignoré : une page s’écrit en Markdown (le code HTML n’est pas publié)', 'page-raw-html');
        continue;
      }
      if (node.type === 'definition' && !safeUrl(node.url)) {
        // [mot][x] with "[x]: javascript:…" below: without its definition the reference stays as text.
        warn(
          diagnostics,
          node,
          lineOffset,
          `adresse refusée « ${node.url.slice(0, 60)} » : seules les adresses http(s), mailto, tel et celles du site sont publiées`,
          'page-link-unsafe',
        );
        continue;
      }
      if ((node.type === 'link' || node.type === 'image') && !safeUrl(node.url)) {
        warn(
          diagnostics,
          node,
          lineOffset,
          `adresse refusée « ${node.url.slice(0, 60)} » : seules les adresses http(s), mailto, tel et celles du site sont publiées`,
          'page-link-unsafe',
        );
        if (node.type === 'link') {
          walk(node);
          out.push(...(node.children as Nodes[]));
        } else if (node.alt) out.push({ type: 'text', value: node.alt });
        continue;
      }
      if (node.type === 'image' && SCHEME.test(node.url.replace(IGNORED, ''))) {
        // The Content-Security-Policy loads images from the site only.
        warn(
          diagnostics,
          node,
          lineOffset,
          'image d’un autre site non publiée : placer l’image dans public/ et la citer par son chemin (/images/…)',
          'page-image-external',
        );
        if (node.alt) out.push({ type: 'text', value: node.alt });
        continue;
      }
      if (node.type === 'heading') (node as Heading).depth = Math.min(6, node.depth + shift) as Heading['depth'];
      if (node.type === 'text') node.value = typeset(node.value, lang);
      if ('children' in node) walk(node as Parent);
      out.push(node);
    }
    parent.children = out as RootContent[] & PhrasingContent[];
  };
  walk(tree);
}

const processor = unified().use(remarkParse);
const toHtml = unified().use(remarkRehype).use(rehypeStringify);

/** `markdown` is the file's text after its front matter, which took `lineOffset` lines. */
export function renderMarkdown(markdown: string, lineOffset: number, lang = 'fr'): RenderedMarkdown {
  const diagnostics: Diagnostic[] = [];
  const tree = processor.parse(markdown);
  clean(tree, lineOffset, lang, diagnostics);
  const first = tree.children.find((n) => n.type === 'paragraph');
  const html = toHtml.stringify(toHtml.runSync(tree));
  return {
    html,
    lede: first
      ? textOf(first)
          .replace(/[ \t\n]+/g, ' ')
          .trim()
      : '',
    diagnostics,
  };
}
