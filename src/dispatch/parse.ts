// parseDispatch(text, path) → Article: no I/O, the same text always gives the
// same article. The grammar is a chain of unified plugins, one job each.
import { unified } from 'unified';
import { VFile } from 'vfile';
import { hash } from 'node:crypto';
import type { Article } from './article.ts';
import type { Diagnostic } from './article.ts';
import { cleanText, placeProblems } from './clean-text.ts';
import { compileArticle, compileDispatch, type SourceInfo } from './compile.ts';
import { HUGE_BYTES, MAX_BYTES } from './decode.ts';
import { carry, report } from './messages.ts';
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
  return (text, path, source, decoding) => run(own, text, path, source, decoding);
}

/** "1,2 Mo" */
export const megabytes = (n: number) => `${(n / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

/**
 * `decoding`: what reading the bytes found (decode.ts), reported first. A
 * text given here directly is cleaned as decoding cleans it, so that no
 * caller can bring a control character into the pages or the feeds.
 */
export function parseDispatch(text: string, path: string, source?: SourceInfo, decoding: Diagnostic[] = []): Article {
  return run(processor, text, path, source, decoding);
}

function run(p: typeof processor, text: string, path: string, source?: SourceInfo, decoding: Diagnostic[] = []): Article {
  const info = source ?? { sha256: hash('sha256', text, 'hex'), encoding: 'utf-8' };
  const cleaned = cleanText(text);
  const early = [...decoding, ...placeProblems(text, cleaned.problems)];
  const size = cleaned.text.length;
  const file = new VFile({ path, value: size > MAX_BYTES ? '' : normalizeText(cleaned.text), data: { source: info } });
  for (const d of early) carry(file, d);
  const start = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (size > MAX_BYTES) {
    report(
      file,
      'error',
      `texte de ${size.toLocaleString('fr-FR')} caractères : au-delà de ${MAX_BYTES.toLocaleString('fr-FR')}, ce n'est pas une dépêche et il n'est pas lu`,
      start,
      'file-too-large',
    );
    return compileArticle({ type: 'root', children: [] }, file, '', info);
  }
  if (size > HUGE_BYTES) {
    report(
      file,
      'warning',
      `fichier très long (${size.toLocaleString('fr-FR')} caractères) : une dépêche en fait quelques milliers ; plusieurs dépêches dans un même fichier ?`,
      start,
      'file-huge',
    );
  }
  const result = p.processSync(file).result;
  return result as Article;
}
