// What a noun phrase names: a person (with the role written around the
// name), an organisation, an earlier source it points back to ("l'ONG",
// "le ministère", "il"), or an unnamed source as written ("une source
// sécuritaire à Gao"). Null when the phrase is no name at all.
import { fold } from '../dates.ts';
import { ANAPHORA, CLAUSE_VERB, COUNT, DEFINITE, DOCUMENT, HONORIFICS, OFFICIAL_WORDS, ORG_ANAPHORS, PERSON_NOUNS, PRONOUNS, ROLE_ANAPHOR } from './lexicon.ts';
import { wordCount } from '../words.ts';
import { classify, contentWords, stripDeterminer, type Party, type Reading } from './reading.ts';

// An honorific beside a person's name is not their role.
const TITLE = String.raw`(?:${HONORIFICS})(?![\p{L}])`;
const LEADING_TITLE = new RegExp(String.raw`^(?:(?:[Ll]e|[Ll]a|[Ll]es)\s+)?${TITLE}\s*`, 'u');
const TRAILING_TITLE = new RegExp(String.raw`\s+(?:(?:le|la|les)\s+)?${TITLE}\s*$`, 'u');

/** "l'institut national", folded, ends with a word that names an organisation already named. */
function endsWithAnaphor(folded: string): boolean {
  for (const a of ORG_ANAPHORS) if (folded.endsWith(' ' + a)) return true;
  return false;
}

/** A phrase a reader would accept as naming an unnamed source: short, with no verb of its own ("une source proche de l'enquête", not "la majorité des postes se trouvent à Meyrin"). */
function isDescription(bare: string): boolean {
  return wordCount(bare) <= 12 && !CLAUSE_VERB.test(bare);
}

/** What an anaphora points back to: a source called "source" for "cette source", an organisation for "cette organisation", the last person for "ce dernier"; null when there is none. */
function pointsBack(r: Reading, folded: string, at: number): Party | null {
  if (/\bsources?\b/.test(folded)) {
    const source = r.sources.filter((s) => s.at < at && /\bsources?\b/.test(fold(s.name))).at(-1);
    return source ? { ...source, at } : null;
  }
  const head = folded.replace(/^(?:ce|cet|cette|ces)\s+(?:meme|memes)?\s*/, '').split(/[\s'’]+/)[0] ?? '';
  if (ORG_ANAPHORS.has(head)) {
    const org = r.lastOrganisation(at, head);
    return org ? { ...org, at } : null;
  }
  const person = r.lastPerson(at);
  return person && at - person.at < 600 ? { ...person, at } : null;
}

/** What a noun phrase at `at` names: a person, an organisation, or an unnamed source as written. */
export function resolve(r: Reading, rawNp: string, at: number): Party | null {
  let np = rawNp.replace(/\s{2,}|[^\S ]/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
  const lead = rawNp.length - rawNp.trimStart().length;
  np = np.replace(/\s*\((?:NDLR|ndlr)\)$/, '');
  if (np === '' || (/\bAFP\b/.test(np) && !/[\p{Lu}][\p{Ll}]/u.test(np.replace(/AFP/g, '')))) return null;
  // Not a noun phrase: quoted words, a clause, a verb form.
  if (
    /^(?:and|et|y|mais|but|or|ou|o|donc|puis|then)$/i.test(np) ||
    /["«»“”]/.test(np) ||
    /^(?:à|de|qu['’]|que|avoir|être|se|s['’]|ne|n['’]|y|en|pour|par|sur|dans|avec|ante|-)(?:\s|$|-)/iu.test(np) ||
    /^a\s+[\p{Ll}]+(?:é|ée|és|ées|i|u|it|is)(?:\s|$)/u.test(np)
  )
    return null;
  if (
    /(?<![\p{L}])(?:a|ont|est|sont|avait|avaient|étaient|était)\s+(?:[\p{Ll}]+\s+)?[\p{Ll}]+(?:é|ée|és|ées|i|is|it|u|ue|us)(?![\p{L}])/u.test(np) &&
    !r.mentionsIn(at, at + rawNp.length).some((m) => m.kind === 'person')
  )
    return null;
  const lower = fold(np);
  if (lower === 'on') return null;
  if (PRONOUNS.has(lower) || /^(?:eux|lui|elle|elles)$/.test(lower)) {
    return lower.startsWith('ell') || lower === 'il' || lower === 'lui' || lower === 'he' || lower === 'she' || lower === 'él'
      ? r.lastPerson(at)
      : r.lastSource(at);
  }
  // A count is no source: "Au moins 12 personnes", "42% des personnes interrogées", "Plus de 3.000 manifestants".
  if (COUNT.test(np)) return null;
  // "un sondage Ifop publié jeudi", "une étude de l'Insee": the body behind the document, or nothing.
  const document = DOCUMENT.exec(np);
  if (document) {
    // Its author is the first name after it: "provisoire publiée par l'Insee", "Ifop publié jeudi", "de la Banque de France".
    const author = /(?<![\p{L}])[\p{Lu}][\p{L}\d&'’-]*(?:\s+(?:(?:de|du|des|of|del|de la|de l['’])\s*)?[\p{Lu}][\p{L}\d&'’-]*)*/u.exec(document[1]!);
    const party = author ? resolve(r, author[0], at + lead + np.indexOf(author[0])) : null;
    return party && party.type === 'other' ? { ...party, type: 'organisation' } : party;
  }
  // "cette source", "la même source", "ce dernier", "cette organisation": what they point back to, or nothing.
  const anaphora = ANAPHORA.exec(np);
  if (anaphora) return pointsBack(r, fold(np), at);
  const end = at + lead + np.length;
  const inside = r.mentionsIn(at, end + 1).filter((m) => m.end <= end + 1);
  // A person named in the phrase, not as a complement ("le fils de X").
  const person =
    inside.find((m) => m.kind === 'person' && !/(?:\sde|\sdu|\sd['’])\s*$/u.test(r.doc.text.slice(Math.max(0, m.at - 4), m.at))) ??
    inside.find((m) => m.kind === 'person');
  if (person) {
    const role = np
      .replace(r.doc.text.slice(person.at, person.end), '')
      .replace(LEADING_TITLE, '')
      .replace(TRAILING_TITLE, '')
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/^[\s,]+|[\s,]+$/g, '')
      .replace(/\s*,\s*,\s*/g, ', ')
      .replace(/\s+,/g, ',');
    return { name: person.name, type: 'person', role: role === '' ? null : stripDeterminer(role), acronym: null, at: person.at };
  }
  const bare = stripDeterminer(np.replace(/^(?:[Dd]es|[Uu]ne?|[Ll]es?|[Ll]a)\s+(?=[\p{Lu}])/u, ''));
  // "le syndicat Alliance", "le parti issu de l'ex-guérilla, Comunes": the name given.
  // "the Yonhap news agency": the name before the kind of medium.
  const medium = /^(?:[Tt]he\s+)?([\p{Lu}][\p{L}'’ -]*?)\s+(?:news agency|newspaper|daily|broadcaster|television|radio|agency)$/u.exec(np);
  if (medium) return { name: medium[1]!, type: 'media', role: null, acronym: null, at: at + lead + np.indexOf(medium[1]!) };
  const named =
    /^(?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Ss]on|[Ss]a|[Tt]he)\s*)?([Ss]yndicat|[Pp]arti|[Aa]ssociation|[Gg]roupe|[Qq]uotidien|[Jj]ournal|[Hh]ebdomadaire|[Mm]agazine|[Cc]haîne|[Rr]adio|[Ss]ite|ONG|[Cc]lub|[Ss]ociété|[Ee]ntreprise|[Cc]ompagnie|[Cc]ollectif|[Mm]ouvement|[Oo]rganisation|[Ff]édération|[Pp]arty|[Uu]nion|[Nn]ewspaper|[Gg]roup|[Cc]ompany)(?![\p{L}])[^,]*?(?:,\s*|\s+)([\p{Lu}][\p{L}\d'’+ -]*?)\s*,?$/u.exec(
      np,
    );
  if (named && !/\s(?:de|du|des)\s*$/.test(named[0].slice(0, named[0].length - named[2]!.length))) {
    const name = named[2]!.trim();
    return {
      name,
      type: classify(named[1]!, true),
      role: null,
      acronym: r.names.organisations.get(fold(name))?.acronym ?? null,
      at: at + lead + np.indexOf(name),
    };
  }
  // An organisation named in the phrase; the phrase may stop inside a long
  // name ("le Haut-Commissariat des Nations unies" before "pour les réfugiés").
  const org =
    inside.find((m) => m.kind === 'org') ??
    r.mentionsIn(at, end).find((m) => m.kind === 'org' && m.end > end && fold(r.doc.text.slice(m.at, m.end)).startsWith(fold(stripDeterminer(np))));
  if (org && org.end > end + 1) {
    const known = r.names.organisations.get(fold(org.name));
    return { name: org.name, type: classify(org.name, true), role: null, acronym: known?.acronym ?? null, at: org.at };
  }
  if (org) {
    const orgText = r.doc.text.slice(org.at, org.end).replace(/\s*\([^)]*\)$/, '');
    const known = r.names.organisations.get(fold(org.name));
    // The phrase is the organisation ("l'OSDH", "le syndicat Alliance", "la direction de TBM").
    const rest = fold(bare.replace(/\s*\([^)]*\)/g, '').replace(orgText, ''))
      .replace(/[^\p{L}]+/gu, ' ')
      .trim();
    const place = inside.some((m) => m.kind === 'place' && m.at > org.at);
    if (
      rest === '' ||
      /^(?:le |la |l |les )?(?:syndicat|parti|groupe|journal|quotidien|hebdomadaire|organisation|ong|association|societe|compagnie|direction|direction generale|constructeur|entreprise|chaine|radio|site|agence|federation|club)(?: [\p{L}]+)?(?: (?:de|du|des|d))?$/u.test(
        rest,
      ) ||
      (place && /^(?:de|du|des|d)(?: l| la)? [\p{L} -]+$/u.test(rest))
    ) {
      return { name: org.name, type: classify(org.name, true), role: null, acronym: known?.acronym ?? null, at: org.at };
    }
  }
  const head = fold(bare).split(/[\s'’]+/)[0] ?? '';
  if (DEFINITE.test(np) || /^the\s/i.test(np)) {
    // "l'ONG", "le ministère", "the department": the organisation named before.
    const bareWords = bare.split(' ').length;
    if (ORG_ANAPHORS.has(head) || (bareWords <= 2 && endsWithAnaphor(fold(bare)))) {
      const earlier = r.lastOrganisation(at, head);
      if (earlier) return { ...earlier, at };
      // "le groupe", "la chaîne" with nothing named before: no name to publish.
      if (bareWords <= 2 && !OFFICIAL_WORDS.test(bare)) return null;
    }
    // "le berger", "le marin de 58 ans", "la magistrate", "le jeune candidat": the person just named, or nobody.
    if ((PERSON_NOUNS.has(head) && /^[\p{L}]+(?:\s+de\s+\d+\s+ans)?$/u.test(bare)) || ROLE_ANAPHOR.test(bare)) {
      const earlier = r.lastPerson(at);
      if (earlier && at - earlier.at < 600) return { ...earlier, at };
      if (ROLE_ANAPHOR.test(bare)) return null;
    }
    // "le haut responsable syrien" after "un haut responsable sécuritaire à Damas".
    const words = contentWords(bare);
    const same = r.sources.find(
      (s) =>
        s.type !== 'person' &&
        s.at < at &&
        /^(?:un|une|des)\s/i.test(s.name) &&
        words.length > 0 &&
        contentWords(s.name).includes(words.find((w) => !/^(?:haut|haute|hauts|grand|grande|ancien|ancienne|nouveau|nouvelle)$/.test(w)) ?? ''),
    );
    if (same) return { ...same, at };
  }
  if (bare === '' || bare.length > 120 || !isDescription(bare)) return null;
  // "Une source proche de…" opens a sentence; the name reads "une source proche de…".
  const name = bare.replace(/^(?:Une?|Des|Plusieurs|Deux|Trois|Quelques|An?|Some|Unos?|Unas?)\s/u, (d) => d.toLowerCase());
  return { name, type: classify(name, false), role: null, acronym: null, at: at + lead };
}
