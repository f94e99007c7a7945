// What the commands print: diagnostics as `file:line:column  severity
// message  rule` (vfile-reporter's layout, in French for editors), and
// progress that suits a terminal or a log.
import type { Diagnostic } from '../dispatch/article.ts';
import { SEVERITY_NAMES as SEVERITY } from '../dispatch/diagnostics.ts';

export interface Reported {
  file: string;
  diagnostics: Diagnostic[];
}

export function formatDiagnostics(files: Reported[], includeInfo = false): string[] {
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

export const plural = (n: number, word: string, plural = `${word}s`) => `${n.toLocaleString('fr-FR')} ${n > 1 ? plural : word}`;

export function formatSummary(r: { read: number; published: number; warnings: number; errors: number; seconds: number }): string {
  const seconds = r.seconds.toLocaleString('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return `${plural(r.read, 'dépêche lue', 'dépêches lues')}, ${plural(r.published, 'publiée', 'publiées')}, ${plural(r.warnings, 'avertissement')}, ${plural(r.errors, 'erreur')}, ${seconds} s`;
}

/** A counter redrawn in place on a terminal; a line per phase in a log (CI). */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  return {
    phase(name: string) {
      if (tty) stream.write(`\r\x1b[K${name}…`);
      else stream.write(`${name}…\n`);
    },
    progress(done: number, total: number) {
      if (!tty) {
        if (done === total) stream.write(`  ${done}/${total} dépêches lues\n`);
        return;
      }
      const now = Date.now();
      if (done !== total && now - lastDraw < 100) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      stream.write(`\r\x1b[Klecture [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    },
    end() {
      if (tty) stream.write('\r\x1b[K');
    },
  };
}
