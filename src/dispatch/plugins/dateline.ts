// Dateline: `RAQA (Syrie), 25 nov 2014 (AFP) - ` opens the body. It is taken
// out of the lede and kept as data (place, country, date, agency).
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { parseWrittenDate } from '../dates.ts';
import { dispatchData, report } from '../messages.ts';
import { slicePosition, startOf, textOf } from '../tree.ts';

// Place in capitals as the wire writes it (BOGOTÁ, SAINT-ÉTIENNE, LA
// NOUVELLE-ORLÉANS, N'DJAMENA), an optional (country), an optional date after a
// comma, then the agency in parentheses and a dash.
const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}'’. -]*?[\p{Lu}\p{M}.]|\p{Lu}`;
const DATELINE_SOURCE = String.raw`^(${PLACE})(?:\s*\(([^()]{2,40})\))?(?:\s*,\s*([^()]{3,40}?))?\s*\((AFP|[\p{Lu}][\p{L}-]{1,15})\)\s*[-–—]+\s*`;

export const DATELINE = new RegExp(DATELINE_SOURCE, 'u');
export const DATELINE_START = DATELINE;

export const dispatchDateline: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = dispatchData(file);
    const first = tree.children[0];
    if (!first || first.type !== 'paragraph') return;
    const text = textOf(first);
    const m = DATELINE.exec(text);
    if (!m) {
      report(file, 'warning', "pas de ligne de date (« PARIS (AFP) - ») au début du texte : le lieu de la dépêche est inconnu", first.position, 'dateline-missing');
      return;
    }
    const [whole, place, parenthesised, afterComma, agency] = m;
    let country = parenthesised?.trim() ?? null;
    let written = afterComma;
    // English copy names the country after a comma: "SUEZ, Egypt, March 23, 2021".
    const countryFirst = written ? /^([\p{Lu}][\p{L} -]+?),\s*(.+)$/u.exec(written) : null;
    if (countryFirst && !country && parseWrittenDate(countryFirst[1]!) === null && parseWrittenDate(countryFirst[2]!) !== null) {
      country = countryFirst[1]!;
      written = countryFirst[2]!;
    }
    data.dateline = {
      place: place!.trim(),
      country,
      date: written?.trim() ?? null,
      agency: agency ?? null,
    };
    if (written) {
      const from = text.indexOf(written, place!.length);
      const position = slicePosition(startOf(first), text, from, from + written.length);
      const headerYear = data.headerDate ? Number(data.headerDate.value.slice(0, 4)) : undefined;
      const result = parseWrittenDate(written, headerYear);
      if (!result) {
        report(file, 'warning', `date de la ligne de date « ${written.trim()} » illisible`, position, 'dateline-date-unreadable');
      } else if (!result.ok) {
        report(file, 'error', `date de la ligne de date « ${written.trim()} » impossible : ${result.reason}`, position, 'date-impossible');
      } else {
        data.datelineDate = { ...result.date, from: 'dateline', position };
      }
    }
    const rest = slicePosition(startOf(first), text, whole!.length, text.length);
    const node = first.children[0];
    if (node && node.type === 'text') {
      node.value = text.slice(whole!.length);
      node.position = rest;
    }
    first.position = rest;
    if (textOf(first) === '') tree.children.shift();
  };
};
