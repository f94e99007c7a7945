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
import { dispatchParagraphs, type ParagraphsOptions } from './plugins/paragraphs.ts';
import { dispatchDate } from './plugins/date.ts';
import { dispatchLanguage, type LanguageOptions } from './plugins/language.ts';
import { dispatchHeadline, type HeadlineOptions } from './plugins/headline.ts';
import { dispatchAttribution } from './plugins/attribution.ts';
import { dispatchChecks, type ChecksOptions } from './plugins/checks.ts';

export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The plugins' thresholds, each with its default (as remark and retext plugins take options). */
export interface ParserOptions {
  paragraphs?: ParagraphsOptions;
  language?: LanguageOptions;
  headline?: HeadlineOptions;
  checks?: ChecksOptions;
}

/** The dispatch grammar as one frozen unified processor. */
export function dispatchProcessor(options: ParserOptions = {}) {
  return unified()
    .use(parseLines)
    .use(dispatchHeader)
    .use(dispatchFooter)
    .use(dispatchDateline)
    .use(dispatchUnwrap)
    .use(dispatchIntertitles)
    .use(dispatchParagraphs, options.paragraphs)
    .use(dispatchDate)
    .use(dispatchLanguage, options.language)
    .use(dispatchHeadline, options.headline)
    .use(dispatchAttribution)
    .use(dispatchChecks, options.checks)
    .use(compileDispatch)
    .freeze();
}

// One processor for every dispatch: its plugins keep nothing between files,
// and making it (thirteen plugins attached, then frozen) cost more per
// dispatch than some of the plugins' work.
const processor = dispatchProcessor();

/** A parser with other thresholds than the defaults: `createParser({ checks: { shortWords: 5 } })(text, path)`. */
export function createParser(options: ParserOptions): typeof parseDispatch {
  const own = dispatchProcessor(options);
  return (text, path, source) => run(own, text, path, source);
}

export function parseDispatch(text: string, path: string, source?: SourceInfo): Article {
  return run(processor, text, path, source);
}

function run(p: typeof processor, text: string, path: string, source?: SourceInfo): Article {
  const info = source ?? { sha256: hash('sha256', text, 'hex'), encoding: 'utf-8' };
  const file = new VFile({ path, value: normalizeText(text), data: { source: info } });
  const result = p.processSync(file).result;
  return result as Article;
}
