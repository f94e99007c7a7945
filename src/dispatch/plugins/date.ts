// The article's date: the most precise of header, dateline and footer, at the
// precision it was written. Two dates that contradict each other are reported.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { disagree, isFutureDate, morePrecise } from '../dates.ts';
import type { FoundDate } from '../data.ts';
import { dispatchData, report } from '../messages.ts';

const NAMES = { header: 'l\'en-tête', dateline: 'la ligne de date', footer: 'la ligne AFP de fin' } as const;

export const dispatchDate: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = dispatchData(file);
    const found = [data.headerDate, data.footerDate, data.datelineDate].filter((d): d is FoundDate => d !== undefined);
    if (found.length === 0) {
      // An empty file or one without text gets its own error from the checks.
      if (tree.children.length === 0) return;
      if (!file.messages.some((m) => m.ruleId === 'date-impossible' || m.ruleId === 'date-unreadable')) {
        report(file, 'error', 'aucune date : ajouter une première ligne « date AAAA-MM-JJ » (ou AAAA-MM, AAAA)', tree.position?.start ? { start: tree.position.start, end: tree.position.start } : undefined, 'date-missing');
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
          );
        }
      }
    }
    data.date = { value: best.value, precision: best.precision, from: best.from! };
    // Against the clock of the parse; a parse kept in the cache is checked
    // again when read back (reviewFutureDate), as the date may have come.
    if (isFutureDate(data.date, Date.now())) {
      report(file, 'warning', `date dans le futur (${best.value}) : vérifier l'année ; publiée ainsi, la dépêche serait en tête de l'accueil et des flux`, best.position, 'date-future');
    }
  };
};
