// parseDispatch(text, path) → Article: no I/O, the same text always gives the
// same article. The grammar is a chain of unified plugins, one job each.
import { unified } from 'unified';
import { VFile } from 'vfile';
import { hash } from 'node:crypto';
import type { Article } from './article.ts';
import { compileDispatch, type SourceInfo } from './compile.ts';
import { parseLines } from './plugins/parse-lines.ts';
import { dispatchHeader } from './plugins/header.ts';
import { dispatchFooter } from './plugins/footer.ts';
import { dispatchDateline } from './plugins/dateline.ts';
import { dispatchUnwrap } from './plugins/unwrap.ts';
import { dispatchIntertitles } from './plugins/intertitles.ts';
import { dispatchParagraphs } from './plugins/paragraphs.ts';
import { dispatchDate } from './plugins/date.ts';
import { dispatchLanguage } from './plugins/language.ts';
import { dispatchHeadline } from './plugins/headline.ts';
import { dispatchAttribution } from './plugins/attribution.ts';
import { dispatchChecks } from './plugins/checks.ts';

export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

// One processor for every dispatch: its plugins keep nothing between files,
// and making it (thirteen plugins attached, then frozen) cost more per
// dispatch than some of the plugins' work.
const processor = unified()
  .use(parseLines)
  .use(dispatchHeader)
  .use(dispatchFooter)
  .use(dispatchDateline)
  .use(dispatchUnwrap)
  .use(dispatchIntertitles)
  .use(dispatchParagraphs)
  .use(dispatchDate)
  .use(dispatchLanguage)
  .use(dispatchHeadline)
  .use(dispatchAttribution)
  .use(dispatchChecks)
  .use(compileDispatch)
  .freeze();

export function parseDispatch(text: string, path: string, source?: SourceInfo): Article {
  const info = source ?? { sha256: hash('sha256', text, 'hex'), encoding: 'utf-8' };
  const file = new VFile({ path, value: normalizeText(text), data: { source: info } });
  const result = processor.processSync(file).result;
  return result as Article;
}
