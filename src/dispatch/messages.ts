// Problems become vfile messages with a place and a rule id, never thrown
// strings: one bad dispatch must not take the build down.
import { VFile } from 'vfile';
import type { Position } from 'unist';
import type { Diagnostic } from './article.ts';
import type { RuleId, SeverityOf } from './diagnostics.ts';
import { emptyDispatchData, type DispatchData } from './data.ts';

export const SOURCE = 'depeches';

export function dispatchData(file: VFile): DispatchData {
  file.data.dispatch ??= emptyDispatchData();
  return file.data.dispatch;
}

export interface Details {
  /** What else the problem is about: the other date of a `date-mismatch`, the first file of a `duplicate`. */
  cause?: string;
  /** What would have been read: the forms a date may take. */
  expected?: string[];
}

/**
 * A problem as a vfile message: the rule's id and severity from the registry
 * (diagnostics.ts; TypeScript refuses a rule not listed there, or another
 * severity), with `cause` and `expected` as vfile-message names them.
 */
export function report<R extends RuleId>(file: VFile, severity: SeverityOf<R>, reason: string, place: Position | undefined, ruleId: R, details: Details = {}) {
  // vfile-message types a cause as an Error: the other date, or the first file, is its message.
  const message = file.message(reason, { place, ruleId, source: SOURCE, ...(details.cause ? { cause: new Error(details.cause) } : {}) });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  if (details.expected) message.expected = details.expected;
  return message;
}

/** A diagnostic made before parsing (reading the bytes, cleaning the text) carried into the file's messages as it is. */
export function carry(file: VFile, d: Diagnostic) {
  const point = { line: d.line ?? 1, column: d.column ?? 1 };
  const message = file.message(d.message, { place: { start: point, end: point }, ruleId: d.rule, source: SOURCE });
  message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
  return message;
}

export function toDiagnostics(file: VFile): Diagnostic[] {
  return file.messages.map((m) => {
    const d: Diagnostic = {
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      message: m.reason,
    };
    if (m.line != null) d.line = m.line;
    if (m.column != null) d.column = m.column;
    if (m.ruleId) d.rule = m.ruleId;
    if (m.cause instanceof Error) d.cause = m.cause.message;
    if (m.expected) d.expected = m.expected;
    return d;
  });
}

/** A problem found outside the parser (reading files, comparing them), as the same vfile message. */
export function fileDiagnostic<R extends RuleId>(
  path: string,
  severity: SeverityOf<R>,
  reason: string,
  ruleId: R,
  details: Details = {},
  atStart = false,
): Diagnostic {
  const file = new VFile({ path });
  const start = { line: 1, column: 1 };
  report(file, severity, reason, atStart ? { start, end: start } : undefined, ruleId, details);
  return toDiagnostics(file)[0]!;
}
