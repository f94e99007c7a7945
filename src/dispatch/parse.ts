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
import { report } from './messages.ts';
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

/** "1,2 Mo" */
export const megabytes = (n: number) => `${(n / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

/**
 * `decoding`: what reading the bytes found (decode.ts), reported first. A
 * text given here directly is cleaned as decoding cleans it, so that no
 * caller can bring a control character into the pages or the feeds.
 */
export function parseDispatch(text: string, path: string, source?: SourceInfo, decoding: Diagnostic[] = []): Article {
  const info = source ?? { sha256: hash('sha256', text, 'hex'), encoding: 'utf-8' };
  const cleaned = cleanText(text);
  const early = [...decoding, ...placeProblems(text, cleaned.problems)];
  const size = cleaned.text.length;
  const file = new VFile({ path, value: size > MAX_BYTES ? '' : normalizeText(cleaned.text), data: { source: info } });
  for (const d of early) {
    const point = { line: d.line ?? 1, column: d.column ?? 1 };
    report(file, d.severity, d.message, { start: point, end: point }, d.rule ?? 'decoding');
  }
  const start = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (size > MAX_BYTES) {
    report(file, 'error', `texte de ${size.toLocaleString('fr-FR')} caractères : au-delà de ${MAX_BYTES.toLocaleString('fr-FR')}, ce n'est pas une dépêche et il n'est pas lu`, start, 'file-too-large');
    return compileArticle({ type: 'root', children: [] }, file, '', info);
  }
  if (size > HUGE_BYTES) {
    report(file, 'warning', `fichier très long (${size.toLocaleString('fr-FR')} caractères) : une dépêche en fait quelques milliers ; plusieurs dépêches dans un même fichier ?`, start, 'file-huge');
  }
  const result = processor.processSync(file).result;
  return result as Article;
}
