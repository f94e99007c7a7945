// Names in the text, as an ordered list of small named rules (remark-lint's
// model): each reads the dispatch and records the mentions it is sure of; a
// later rule sees what the earlier ones named and leaves those characters
// alone. Examples in each doc comment run as tests (tests/attribution-rules.test.ts):
// `→ person: X`, `→ place: X`, `→ organisation: X`, `→ not person: X`.
import { fold } from '../dates.ts';
import { allMatches } from '../match-all.ts';
import { KNOWN_MEDIA, NAME_PARTICLES, NAME_TITLES, NOT_NAME_WORDS, ORDINALS, ORG_HEADS, knownPlace } from './lexicon.ts';
import {
  INSTITUTION_RE,
  KNOWN_ORGS_RE,
  ORG_ADJECTIVE,
  PLACE_CUE,
  afterBareElision,
  definedAcronyms,
  expandAcronym,
  isAcronymLike,
  isNameWord,
  isParticle,
  runEnd,
  runs,
  withoutElidedArticle,
  words,
} from './name-words.ts';
import type { NameScan } from './names.ts';

export interface NameRule {
  id: string;
  apply(s: NameScan): void;
}

export const NAME_RULES: NameRule[] = [
  /**
   * acronym-definition: an acronym defined in parentheses gives the full name and the acronym.
   * @example Selon l'Observatoire syrien des droits de l'Homme (OSDH), le bilan s'alourdit.
   * → organisation: Observatoire syrien des droits de l'Homme
   */
  {
    id: 'acronym-definition',
    apply(s) {
      for (const m of s.text.matchAll(/\(([\p{Lu}][\p{Lu}\p{Ll}\d&-]{1,9})\)/gu)) {
        const acronym = m[1]!;
        if (!/[\p{Lu}].*[\p{Lu}]|^[\p{Lu}][\p{Ll}]{2,5}$/u.test(acronym)) continue;
        const lineStart = Math.max(s.text.lastIndexOf('\n', m.index), s.text.lastIndexOf(',', m.index) + 1, 0);
        const full = expandAcronym(s.text.slice(Math.max(lineStart, m.index - 160), m.index), acronym);
        if (!full) continue;
        s.acronyms.set(acronym, full);
        s.addOrg(full, acronym);
        const at = s.text.lastIndexOf(full, m.index);
        if (at !== -1) s.add('org', full, at, m.index + m[0].length);
      }
    },
  },
  /**
   * known-organisation: organisations and media the gazetteer knows, and the acronyms the text defined, used later.
   * @example La Croix-Rouge américaine a envoyé des équipes.
   * → organisation: Croix-Rouge américaine
   */
  {
    id: 'known-organisation',
    apply(s) {
      const defined = s.acronyms.size > 0 ? definedAcronyms([...s.acronyms.keys()]) : null;
      for (const re of defined ? [KNOWN_ORGS_RE, defined] : [KNOWN_ORGS_RE]) {
        for (const m of allMatches(re, s.text)) {
          const name = m[0];
          if (!s.free(m.index, m.index + name.length)) continue;
          let canonical = s.acronyms.get(name) ?? name;
          let end = m.index + name.length;
          if (!s.acronyms.has(name)) {
            // "la Croix-Rouge américaine": the adjective is part of the name.
            const adjective = /^[ \u00a0]([\p{Ll}-]+)/u.exec(s.text.slice(end));
            if (adjective && /(?:ain|aine|éen|éenne|ais|aise|al|ale|ien|ienne|ois|oise|ique)$/u.test(adjective[1]!)) {
              canonical = `${name} ${adjective[1]}`;
              end += adjective[0].length;
            }
            s.addOrg(canonical, null);
          }
          s.add('org', canonical, m.index, end);
        }
      }
    },
  },
  /**
   * institution-of-place: an institution named after its place.
   * @example Le tribunal administratif de Rennes a suspendu l'arrêté.
   * → organisation: tribunal administratif de Rennes
   */
  {
    id: 'institution-of-place',
    apply(s) {
      const institution = INSTITUTION_RE;
      for (const m of allMatches(institution, s.text)) {
        if (!s.free(m.index, m.index + m[0].length)) continue;
        s.addOrg(m[0], null);
        s.add('org', m[0], m.index, m.index + m[0].length);
      }
    },
  },
  /**
   * capitalised-run: runs of capitalised words are places (gazetteer, or after "à"), organisations (a head word, an acronym) or people (two name words, no article before).
   * @example Le maire, Paul Mercier, a reçu la délégation à Villeneuve-lès-Avignon.
   * → person: Paul Mercier
   * → place: Villeneuve-lès-Avignon
   * @example Le Clemenceau a quitté le port.
   * → not person: Clemenceau
   */
  {
    id: 'capitalised-run',
    apply(s) {
      for (const run of [...runs(s.capitalised(), s.free)]) {
        // "L'ouragan Katrina": an article and a common noun are not part of the name.
        const common = /^[LD]['’][\p{Ll}]/u.test(run.ws[0]!);
        let { at, ws } = common ? { at: run.at + run.ws[0]!.length + 1, ws: run.ws.slice(1) } : withoutElidedArticle(run);
        if (ws.length === 0) continue;
        const whole = ws.join(' ').replace(/\.$/, '');
        if (KNOWN_MEDIA.has(fold(whole))) {
          s.addOrg(whole, null);
          s.add('org', whole, at, runEnd(at, ws));
          continue;
        }
        const place = knownPlace(whole);
        if (place) {
          s.add('place', place, at, runEnd(at, ws));
          continue;
        }
        // Leading words that are not part of a name: determiners, titles, roles.
        let determined = false;
        while (
          ws.length > 0 &&
          (NOT_NAME_WORDS.has(fold(ws[0]!)) || NAME_TITLES.test(ws[0]!) || NAME_PARTICLES.has(ws[0]!)) &&
          !knownPlace(ws.join(' ')) &&
          !KNOWN_MEDIA.has(fold(ws.join(' ')))
        ) {
          // "le Dr Martin Vidal": a title after the article names a person after all.
          if (NAME_TITLES.test(ws[0]!)) determined = false;
          else determined ||= /^(?:le|la|les|the|el|los|las)$/i.test(ws[0]!);
          at += ws[0]!.length + 1;
          ws = ws.slice(1);
        }
        while (ws.length > 0 && isParticle(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
        if (ws.length === 0) continue;
        ws[ws.length - 1] = ws[ws.length - 1]!.replace(/\.$/, '');
        let name = ws.join(' ');
        const inner = knownPlace(name);
        if (inner) {
          s.add('place', inner, at, runEnd(at, ws));
          continue;
        }
        if (ws.some((w) => ORG_HEADS.has(fold(w)) || isAcronymLike(w))) {
          if (ws.length === 1 && isAcronymLike(ws[0]!)) {
            s.addOrg(name, null);
            s.add('org', name, at, runEnd(at, ws));
          } else if (ws.length >= 2) {
            s.addOrg(name, null);
            s.add('org', name, at, runEnd(at, ws));
          } else {
            // "Commission européenne", "Croix-Rouge américaine": head and adjectives.
            const after = s.text.slice(runEnd(at, ws)).match(/^(?:[ \u00a0][\p{Ll}-]+){1,2}/u)?.[0] ?? '';
            const adjectives = after.trim().split(/\s+/).filter(Boolean);
            const kept: string[] = [];
            for (const a of adjectives)
              if (ORG_ADJECTIVE.test(a)) kept.push(a);
              else break;
            if (kept.length > 0) {
              const full = [name, ...kept].join(' ');
              s.addOrg(full, null);
              s.add('org', full, at, at + full.length);
            } else if (/(?:^|\s)(?:le|la|du|au|l['’]|el|del|al|the)\s*$/iu.test(s.text.slice(Math.max(0, at - 4), at))) {
              // "le Parlement", "du Conseil": the institution, capitalised.
              s.addOrg(name, null);
              s.add('org', name, at, runEnd(at, ws));
            }
          }
          continue;
        }
        const before = s.text.slice(Math.max(0, at - 30), at);
        if (ws.length >= 2 && PLACE_CUE.test(before) && !afterBareElision(before)) {
          s.add('place', name, at, runEnd(at, ws));
          continue;
        }
        // "South Korean President Yoon Suk Yeol": the name follows the last title.
        const title = ws.findLastIndex((w) => NAME_TITLES.test(w));
        if (title !== -1 && ws.length - title - 1 >= 2) {
          at += ws.slice(0, title + 1).join(' ').length + 1;
          ws = ws.slice(title + 1);
          name = ws.join(' ');
        }
        // "Neuville-sur-Saône", "Villeneuve-lès-Avignon": a compound of that shape names a place.
        if (/-(?:sur|sous|en|lès|lez|les|le|la)-/u.test(name)) {
          s.add('place', name, at, runEnd(at, ws));
          continue;
        }
        const nameWords = ws.filter((w, k) => k === 0 || !isParticle(w));
        // "The Ever Given", "Le Clemenceau": a name after an article is a ship or a thing, not a person.
        if (nameWords.length >= 2 && !determined && nameWords.every((w) => isNameWord(w) || ORDINALS.test(w))) {
          const person = { kind: 'person' as const, name, at, end: runEnd(at, ws) };
          s.people.push(person);
          s.add('person', name, at, runEnd(at, ws));
        }
      }
    },
  },
  /**
   * surname-and-single-name: a surname alone or after a title is the full name it belongs to ("M. Poutine" is Vladimir Poutine); a single capitalised word after "à" is a place.
   * @example Vladimir Poutine a reçu la délégation. M. Poutine a ensuite quitté Sotchi.
   * → person: Vladimir Poutine
   * → not person: Poutine
   */
  {
    id: 'surname-and-single-name',
    apply(s) {
      const fullNames = [...new Set(s.people.map((p) => p.name))];
      const bySurname = new Map<string, string>();
      for (const full of fullNames) {
        const ws = words(full);
        for (let k = 1; k < ws.length; k++) {
          const tail = ws.slice(k).join(' ');
          if (!isParticle(ws[k]!)) bySurname.set(fold(tail), bySurname.has(fold(tail)) && bySurname.get(fold(tail)) !== full ? '' : full);
        }
      }
      for (const run of [...runs(s.capitalised(), s.free)]) {
        let { at, ws } = withoutElidedArticle(run);
        let titled = false;
        while (ws.length > 1 && (NAME_TITLES.test(ws[0]!) || NOT_NAME_WORDS.has(fold(ws[0]!)))) {
          titled ||= NAME_TITLES.test(ws[0]!);
          at += ws[0]!.length + 1;
          ws = ws.slice(1);
        }
        const name = ws.join(' ').replace(/\.$/, '');
        const full = bySurname.get(fold(name));
        if (full) {
          s.add('person', full, at, at + name.length);
          continue;
        }
        if (titled && ws.length === 1 && !NOT_NAME_WORDS.has(fold(name))) {
          s.add('person', name, at, at + name.length);
          continue;
        }
        const before = s.text.slice(Math.max(0, at - 30), at);
        if (ws.length <= 3 && PLACE_CUE.test(before) && ws.every((w) => isNameWord(w) || isParticle(w))) {
          // A single capital after "d'" is most often a place ("festival d'Avignon") only when known.
          if (afterBareElision(before) && !knownPlace(name)) continue;
          s.add('place', knownPlace(name) ?? name, at, at + name.length);
          continue;
        }
        // A single first name introduced by an apposition: "Josiane, une retraitée".
        if (
          ws.length === 1 &&
          isNameWord(name) &&
          /^,\s+(?:une?|who|qui|quien)\s/u.test(s.text.slice(at + name.length, at + name.length + 12)) &&
          !/[.!?]\s*$|^\s*$/.test(s.text.slice(Math.max(0, at - 3), at))
        ) {
          s.add('person', name, at, at + name.length);
        }
      }
    },
  },
];
