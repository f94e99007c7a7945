// Dateline: `RAQA (Syrie), 25 nov 2014 (AFP) - ` opens the body. It is taken
// out of the lede and kept as data (place, country, date, agency).
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { parseWrittenDate } from '../dates.ts';
import { dispatchData, report } from '../messages.ts';
import { slicePosition, startOf, textOf } from '../tree.ts';

// Place in capitals as the wire writes it (BOGOTÁ, SAINT-ÉTIENNE, LA
// NOUVELLE-ORLÉANS, N'DJAMENA), an optional (country), an optional date after a
// comma, then the agency in parentheses and a dash. Clients' copies also
// write the place in small letters (`Genève (awp/afp) -`), leave out the dash
// (`PARIS (AFP) Le Sénat…`) or the place (`(AFP) -`), and credit partners
// (`(AFP-Jiji)`, `(AFP/Reuters)`, `(Belga)`): a place in small letters needs
// an agency the wire knows, so that "Le maire (PS) a dit" is never a dateline.
const CAPITALS = String.raw`[\p{Lu}][\p{Lu}\p{M}'’. -]*?[\p{Lu}\p{M}.]|[\p{Lu}]`;
const MIXED = String.raw`[\p{Lu}][\p{Ll}\p{M}'’.-]*(?:[ -](?:[\p{Lu}][\p{Ll}\p{M}'’.-]*|de|du|des|la|le|les|en|sur|sous|di|del|do|da|am|im|upon))*`;
const KNOWN_AGENCY = String.raw`(?:AFP|AWP|ATS|Belga|BELGA|Reuters|AP|ANSA|DPA|EFE|Jiji|Kyodo|Xinhua|Yonhap|Lusa|Télam|awp|afp|ats|belga|dpa|efe)`;
const AGENCIES = String.raw`${KNOWN_AGENCY}(?:\s*[/-]\s*${KNOWN_AGENCY})*`;
const COUNTRY = String.raw`(?:\s*\(([^()]{2,40})\))?`;
const WRITTEN_DATE = String.raw`(?:\s*,\s*([^()]{3,40}?))?`;
// The dash, or at least a space before the text.
const DASH = String.raw`(?:\s*[-–—]+\s*|\s+(?=[\p{Lu}\p{N}«"“])|\s*$)`;
const DATELINE_SOURCE = String.raw`^(?:(${CAPITALS})${COUNTRY}${WRITTEN_DATE}\s*\((AFP|${AGENCIES}|[\p{Lu}][\p{L}-]{1,15})\)|(${MIXED})${COUNTRY}${WRITTEN_DATE}\s*\((${AGENCIES})\)|()()()\((${AGENCIES})\))${DASH}`;

export const DATELINE = new RegExp(DATELINE_SOURCE, 'u');
export const DATELINE_START = DATELINE;

/** Place, country, written date and agency of a dateline match, whichever form it took. */
function partsOf(m: RegExpExecArray): { place: string | null; parenthesised?: string; afterComma?: string; agency: string } {
  if (m[4] !== undefined) return { place: m[1]!, parenthesised: m[2], afterComma: m[3], agency: m[4] };
  if (m[8] !== undefined) return { place: m[5]!, parenthesised: m[6], afterComma: m[7], agency: m[8] };
  return { place: null, agency: m[12]! };
}

export const dispatchDateline: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = dispatchData(file);
    const first = tree.children[0];
    if (first?.type !== 'paragraph') return;
    const text = textOf(first);
    const m = DATELINE.exec(text);
    if (!m) {
      report(
        file,
        'warning',
        'pas de ligne de date (« PARIS (AFP) - ») au début du texte : le lieu de la dépêche est inconnu',
        first.position,
        'dateline-missing',
      );
      return;
    }
    const whole = m[0];
    const { place, parenthesised, afterComma, agency } = partsOf(m);
    let country = parenthesised?.trim() ?? null;
    let written = afterComma;
    // English copy names the country after a comma: "SUEZ, Egypt, March 23, 2021".
    const countryFirst = written ? /^([\p{Lu}][\p{L} -]+?),\s*(.+)$/u.exec(written) : null;
    if (countryFirst && !country && parseWrittenDate(countryFirst[1]!) === null && parseWrittenDate(countryFirst[2]!) !== null) {
      country = countryFirst[1]!;
      written = countryFirst[2]!;
    }
    data.dateline = {
      place: place?.trim() ?? null,
      country,
      date: written?.trim() ?? null,
      agency: agency ?? null,
    };
    if (written) {
      const from = text.indexOf(written, place?.length ?? 0);
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
    const rest = slicePosition(startOf(first), text, whole.length, text.length);
    const node = first.children[0];
    if (node && node.type === 'text') {
      node.value = text.slice(whole.length);
      node.position = rest;
    }
    first.position = rest;
    if (textOf(first) === '') tree.children.shift();
  };
};
