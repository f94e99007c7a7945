// The article's date: the most precise of header, dateline and footer, at the
// precision it was written. Two dates that contradict each other are reported.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { disagree, isFutureDate, morePrecise, parseIsoDate } from '../dates.ts';
import type { ArticleDate } from '../article.ts';
import type { FoundDate } from '../data.ts';
import { dispatchData, report } from '../messages.ts';

const NAMES = { header: "l'en-tête", dateline: 'la ligne de date', footer: 'la ligne AFP de fin' } as const;

/** `2023-10-13-lyon-crue.txt`, `2023-10_bilan.txt`: a date at the start of the file's name, if it exists. */
function dateFromFileName(filePath: string | undefined): ArticleDate | null {
  const name = (filePath ?? '').split(/[\\/]/).pop() ?? '';
  const m = /^(\d{4}-\d{2}(?:-\d{2})?)(?![\d])/.exec(name);
  const result = m ? parseIsoDate(m[1]!) : null;
  return result?.ok ? { value: result.date.value, precision: result.date.precision } : null;
}

export const dispatchDate: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = dispatchData(file);
    const found = [data.headerDate, data.footerDate, data.datelineDate].filter((d): d is FoundDate => d !== undefined);
    if (found.length === 0) {
      // An empty file or one without text gets its own error from the checks.
      if (tree.children.length === 0) return;
      const named = dateFromFileName(file.path);
      if (named && !file.messages.some((m) => m.ruleId === 'date-impossible' || m.ruleId === 'date-unreadable')) {
        // Republished copy often carries no date: the editor's file name does.
        report(
          file,
          'warning',
          `aucune date dans la dépêche : datée du ${named.value} d'après le nom du fichier ; ajouter une première ligne « date ${named.value} » pour le dire dans le fichier`,
          tree.position?.start ? { start: tree.position.start, end: tree.position.start } : undefined,
          'date-from-filename',
        );
        data.date = { value: named.value, precision: named.precision };
        return;
      }
      if (!file.messages.some((m) => m.ruleId === 'date-impossible' || m.ruleId === 'date-unreadable')) {
        report(
          file,
          'error',
          'aucune date : ajouter une première ligne « date AAAA-MM-JJ » (ou AAAA-MM, AAAA)',
          tree.position?.start ? { start: tree.position.start, end: tree.position.start } : undefined,
          'date-missing',
        );
      }
      return;
    }
    let best = found[0]!;
    for (const d of found.slice(1)) if (morePrecise(d, best)) best = d;
    for (let i = 0; i < found.length; i++) {
      for (let j = i + 1; j < found.length; j++) {
        const a = found[i]!;
        const b = found[j]!;
        if (disagree(a, b)) {
          report(
            file,
            'warning',
            `dates en désaccord : ${a.value} dans ${NAMES[a.from!]}, ${b.value} dans ${NAMES[b.from!]} ; la dépêche est datée du ${best.value}`,
            (a === best ? b : a).position,
            'date-mismatch',
            { cause: a === best ? `${a.value} (${NAMES[a.from!]})` : `${b.value} (${NAMES[b.from!]})` },
          );
        }
      }
    }
    data.date = { value: best.value, precision: best.precision, from: best.from! };
    // Against the clock of the parse; a parse kept in the cache is checked
    // again when read back (reviewFutureDate), as the date may have come.
    if (isFutureDate(data.date, Date.now())) {
      report(
        file,
        'warning',
        `date dans le futur (${best.value}) : vérifier l'année ; publiée ainsi, la dépêche serait en tête de l'accueil et des flux`,
        best.position,
        'date-future',
      );
    }
  };
};
