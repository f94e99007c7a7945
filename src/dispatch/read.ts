// A file's bytes to its article and diagnostics: decoding (encodings, damaged
// bytes, characters no output may carry), then the parser. What cannot be
// read as a dispatch at all (an image, a file of 50 MB, UTF-32) is an error
// that names the file, never a silent skip. No I/O: it runs in the parser's
// threads as well.
import type { Article, Diagnostic } from './article.ts';
import { decodeDispatch, MAX_BYTES } from './decode.ts';
import { isFutureDate } from './dates.ts';
import { megabytes, parseDispatch } from './parse.ts';

export interface ReadDispatch {
  diagnostics: Diagnostic[];
  /** Absent when the file could not be read as text. */
  article?: Article;
}

const refused = (message: string, rule: string): ReadDispatch => ({ diagnostics: [{ severity: 'error', message, line: 1, column: 1, rule }] });

export function readDispatch(bytes: Uint8Array, label: string): ReadDispatch {
  const decoded = decodeDispatch(bytes);
  if (decoded.tooLarge) {
    return refused(
      `fichier de ${megabytes(bytes.length)} : au-delà de ${megabytes(MAX_BYTES)}, ce n'est pas une dépêche et il n'est pas lu ; le découper en dépêches ou le retirer de content/`,
      'file-too-large',
    );
  }
  if (decoded.binary) {
    return refused("ce fichier n'est pas du texte (image, PDF, document Word ?) : enregistrer la dépêche en texte brut (.txt)", 'file-binary');
  }
  if (decoded.unsupported) {
    return refused(`fichier en ${decoded.unsupported} : l'enregistrer en UTF-8`, 'file-encoding');
  }
  const article = parseDispatch(decoded.text, label, { sha256: decoded.sha256, encoding: decoded.encoding }, decoded.diagnostics);
  return { diagnostics: article.diagnostics, article };
}

/**
 * A parse read back from the cache was checked against the clock of its own
 * day: a `date-future` warning whose date has come since is dropped.
 */
export function reviewFutureDate(article: Article, now = Date.now()): void {
  if (!article.date.value) return;
  const i = article.diagnostics.findIndex((d) => d.rule === 'date-future');
  if (i !== -1 && !isFutureDate(article.date, now)) article.diagnostics.splice(i, 1);
}
