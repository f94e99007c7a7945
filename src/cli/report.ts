// What the commands print: diagnostics as `file:line:column  severity
// message  rule` (vfile-reporter's layout, in French for editors), and
// progress that suits a terminal or a log.
import type { Diagnostic } from '../dispatch/article.ts';
import { SEVERITY_NAMES as SEVERITY } from '../dispatch/diagnostics.ts';

export interface Reported {
  file: string;
  diagnostics: Diagnostic[];
}

// What a terminal would obey rather than print: line breaks (a file named
// "a\ncontent/x.txt:1:1  erreur …" forged a diagnostic line), escape
// sequences (ESC [2J cleared the screen), other C0 and C1 controls, DEL,
// bidirectional controls and line separators (which reorder or break what
// follows), lone surrogates. File names come from whoever drops files in
// content/, and messages quote their text: every line printed goes through
// this, so such a character shows as its escape (\x1B, \u202E).
const UNSAFE = /[\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/gu;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

// Messages quote the file ("date « … » illisible"): a header line of a
// megabyte was printed whole. Past this, the middle of a message is cut; its
// start (what is wrong) and end (what to do) stay.
const LONGEST = 300;

function shortened(message: string): string {
  if (message.length <= LONGEST) return message;
  const half = LONGEST / 2;
  return `${message.slice(0, half)}…${message.slice(-half)}`;
}

// One file of a megabyte gave hundreds of the same warning (an unbalanced
// quote in each paragraph): past this many of one rule in one file, a line
// counts the rest.
const SAME_RULE = 10;

export function formatDiagnostics(files: Reported[], includeInfo = false): string[] {
  const lines: string[] = [];
  for (const { file, diagnostics } of files) {
    const seen = new Map<string, { severity: Diagnostic['severity']; count: number }>();
    for (const d of diagnostics) {
      if (d.severity === 'info' && !includeInfo) continue;
      const key = `${d.severity} ${d.rule ?? ''}`;
      const same = seen.get(key) ?? { severity: d.severity, count: 0 };
      seen.set(key, same);
      if (++same.count > SAME_RULE) continue;
      const place = d.line ? `${file}:${d.line}:${d.column ?? 1}` : file;
      lines.push(terminalSafe(`${place}  ${SEVERITY[d.severity]}  ${shortened(d.message)}  ${d.rule ?? ''}`.trimEnd()));
    }
    for (const [key, { severity, count }] of seen) {
      if (count <= SAME_RULE) continue;
      const rule = key.slice(key.indexOf(' ') + 1);
      lines.push(
        terminalSafe(
          `${file}  ${SEVERITY[severity]}  et ${count - SAME_RULE} de plus du même genre dans ce fichier (npm run --silent parse -- FICHIER les donne toutes)  ${rule}`.trimEnd(),
        ),
      );
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
