// Problems become vfile messages with a place and a rule id, never thrown
// strings: one bad dispatch must not take the build down.
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import type { Diagnostic, Severity } from './article.ts';
import { emptyDispatchData, type DispatchData } from './data.ts';

export const SOURCE = 'depeches';

export function dispatchData(file: VFile): DispatchData {
  file.data.dispatch ??= emptyDispatchData();
  return file.data.dispatch;
}

export function report(file: VFile, severity: Severity, reason: string, place: Position | undefined, ruleId: string) {
  const message = file.message(reason, { place, ruleId, source: SOURCE });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
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
    return d;
  });
}
