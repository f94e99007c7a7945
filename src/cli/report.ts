// Diagnostics as editors read them: `file:line:column  severity  message  rule`.
import type { BuildReport, FileReport } from '../site/build.ts';

const SEVERITY = { error: 'erreur', warning: 'avertissement', info: 'info' } as const;

export function formatDiagnostics(files: FileReport[], includeInfo = false): string[] {
  const lines: string[] = [];
  for (const { file, diagnostics } of files) {
    for (const d of diagnostics) {
      if (d.severity === 'info' && !includeInfo) continue;
      const place = d.line ? `${file}:${d.line}:${d.column ?? 1}` : file;
      lines.push(`${place}  ${SEVERITY[d.severity]}  ${d.message}  ${d.rule ?? ''}`.trimEnd());
    }
  }
  return lines;
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

export function formatSummary(r: BuildReport): string {
  const seconds = r.seconds.toLocaleString('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return `${plural(r.read, 'dépêche')} lue${r.read > 1 ? 's' : ''}, ${r.published} publiée${r.published > 1 ? 's' : ''}, ${plural(r.warnings, 'avertissement')}, ${plural(r.errors, 'erreur')}, ${seconds} s`;
}
