// Who said it and where the information comes from. Agency copy attributes
// in a few fixed shapes, and these rules read them:
//   "…", a souligné le directeur de l'OSDH, Rami Abdel Rahmane     (after the quote)
//   "…", a-t-il ajouté / poursuit-elle                               (pronoun: last person named)
//   X a déclaré à l'AFP que … "…"  /  X a prévenu: "…"               (subject before the verb)
//   Selon X, "…"  /  Pour X, "…"  /  "…", selon X                     (selon, d'après, pour)
//   …, a indiqué l'Observatoire syrien des droits de l'Homme (OSDH)  (sources without quotes)
// Names are then folded: "M. Poutine" into the full name, "l'ONG" into the
// organisation named before, "le haut responsable syrien" into "un haut
// responsable sécuritaire à Damas".
import { fold } from '../dates.ts';
import type { Source } from '../article.ts';
import { lastAtOrBefore, sentenceAt, type Doc } from './document.ts';
import {
  ADVERBS,
  AUXILIARIES,
  DEFINITE,
  HONORIFICS,
  KNOWN_MEDIA,
  MEDIA_WORDS,
  NOT_VERBS,
  OFFICIAL_WORDS,
  ORG_ANAPHORS,
  ORG_WORDS,
  PERSON_NOUNS,
  PRONOUNS,
  REPORTING_VERB,
  REPORTING_VERB_G,
} from './lexicon.ts';
import type { Mention, Names } from './names.ts';
import type { QuoteSpan } from './quotes.ts';
import { wordCount } from '../words.ts';
import { isAbbreviation } from '../sentences.ts';
import { allMatches } from '../match-all.ts';

export type SourceType = NonNullable<Source['type']>;

export interface Party {
  name: string;
  type: SourceType;
  role: string | null;
  acronym: string | null;
  /** Where the text names it, for "the last person named". */
  at: number;
}

export interface Attributed {
  quote: QuoteSpan;
  kind: 'speech' | 'term';
  speaker: Party | null;
}

// Where a clause of its own starts, inside a sentence.
const CLAUSE_BREAK = /(?:;|:\s|(?<![\p{L}])(?:quand|lorsque|alors qu(?:e\s|['’])|tandis qu(?:e\s|['’])|while\s|whereas\s|mientras\s)|[»”"]\s*,?\s)/giu;
const CUE_WORDS = "selon|d['’]après|according to|según|de acuerdo con";
const CUE = new RegExp(`(?<![\\p{L}])(?:${CUE_WORDS})\\s+`, 'iu');
const CUE_G = new RegExp(CUE.source, 'giu');
const CUE_START = new RegExp(`^(?:${CUE_WORDS})(?![\\p{L}])`, 'iu');
// "auprès de l'OSDH", "appris (jeudi) de source policière".
const FROM_SOURCE = /(?:auprès\s+(?:de\s+(?=l['’]|la\s|les\s)|d(?=es\s|u\s)|de\s|d['’])|appris\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|midi|soir|après-midi))?\s+)?de\s+(?=source))/giu;
// ", joint par l'AFP".
const REACHED_BY = /,\s*(?:joint|jointe|contacté|contactée|interrogé|interrogée)s?\s+par\s+(?:l['’]AFP|téléphone)/giu;
const INTRO = /^(?:dans|lors|après|avant|sur|sous|en|devant|face|par|depuis|dès|pendant|interrogée?s?|jointe?s?|contactée?s?|citée?s?|in|on|at|after|before|during|asked|speaking|tras|durante|ante|mais|toutefois|cependant|pourtant|ainsi|enfin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)(?![\p{L}])/iu;
const PARTICIPLE_PHRASE = /^(?:jointe?s?|contactée?s?|interrogée?s?|citée?s?|appointed|elected|speaking|visiblement|en larmes|\d+ ans|âgée? de)(?![\p{L}])/iu;
const RELATIVE = /^(?:qui|dont|où|que|qu['’]|who|which|whose|that|quien|que)(?![\p{L}])/iu;
// Where a speaker named after the verb ends.
// (The period of a title or an initial does not: see npEnd.)
const NP_END = /(?:[.;:!?]|\s(?:qui|dont|où|lors|pour|dans|devant|depuis|après|avant|sur|sous|en|au|aux|avec|mais|et qui|tout en|in|on|at|during|who|which|after|before|ante|durante|tras|quand|alors|tandis)(?![\p{L}])|\sà\s(?:la|l['’])\s?(?:sortie|issue|fin|veille|suite|télévision|radio|presse|AFP)|,\s(?:qui|dont|où|en|lors|tout|selon|avant|après|mais|in|on|who|which)(?![\p{L}])|\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}]))/giu;

/** Where a speaker named after the verb ends in `region`: the first NP_END, the period of a title or an initial excepted ("a ajouté M. Romero."), as the sentence splitter excepts it. */
function npEnd(region: string): number {
  NP_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NP_END.exec(region)) !== null) if (!(m[0] === '.' && isAbbreviation(region, m.index))) break;
  NP_END.lastIndex = 0;
  return m ? m.index : -1;
}

// An honorific beside a person's name is not their role.
const TITLE = String.raw`(?:${HONORIFICS})(?![\p{L}])`;
const LEADING_TITLE = new RegExp(String.raw`^(?:(?:[Ll]e|[Ll]a|[Ll]es)\s+)?${TITLE}\s*`, 'u');
const TRAILING_TITLE = new RegExp(String.raw`\s+(?:(?:le|la|les)\s+)?${TITLE}\s*$`, 'u');

// Adverbials that stand between a reporting verb and the speaker named after it.
const LEADING_ADVERBIAL = /^(?:à l['’]AFP|à la presse|aux journalistes|aux médias|à des journalistes|au micro(?: de \S+)?|à la (?:télévision|radio)(?: [\p{Ll}]+)*(?: [\p{Lu}]\S*)?|dans (?:un|une|son|sa|le|la) (?:communiqué|entretien|interview|déclaration|message|texte|lettre|courrier|tweet)(?: [\p{Ll}]+)*|sur (?:Twitter|X|Facebook|Instagram|son compte \S+|les réseaux sociaux|France \S+|RTL|BFMTV|LCI|franceinfo|RFI)|lors d['’]une? [\p{L} -]+?(?=[,.;]|$)|encore|ensuite|aussi|également|alors|enfin|pour sa part|de son côté|quant à (?:lui|elle)|en une? [\p{L} ]+?(?=,|$)|en una? [\p{L} ]+|a la prensa|to reporters|in a statement|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|ante (?:los|las|el|la|unos|unas|un|una) [\p{L} ]+?(?=[,.;]|$)|devant (?:la presse|les journalistes|les députés|les sénateurs|ses partisans)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:matin|midi|soir|après-midi))?|hier|dans la (?:soirée|matinée|journée|nuit))[\s,]*/iu;

// A role in apposition after a name: a bare noun phrase ("avocat de la
// famille", "maire de Tours"), closed by a comma or by the sentence's end.
// With an article or a verb it is as often the main clause ("selon Paul
// Martin, la ville a fait son travail"), and is left alone.
const NOT_ROLE_START = /^(?:le|la|les|l['’]|un|une|des|du|de|d['’]|ce|cet|cette|ces|c['’]|son|sa|ses|leur|leurs|il|elle|ils|elles|on|nous|vous|je|j['’]|tu|lui|eux|à|au|aux|en|dans|depuis|pour|par|sur|sous|avec|sans|après|avant|lors|pendant|selon|et|mais|ou|donc|car|ni|puis|alors|ainsi|aussi|déjà|encore|toujours|même|ne|n['’]|qui|que|qu['’]|dont|où|si|s['’]|tout|tous|toute|toutes|aucun|aucune|rien|personne|plus|moins|très|y|cela|ça|ceci|jamais|pas)(?![\p{L}])/iu;
const FINITE_VERB = /(?<![\p{L}])(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|serait|va|vont|doit|doivent|peut|peuvent|fait|font|ne|n['’])(?![\p{L}])/iu;

function isRoleApposition(part: string, after: string): boolean {
  const t = part.trim();
  if (!/^[\p{Ll}][\p{L}'’-]*(?:\s+[\p{L}\d'’()-]+){0,7}$/u.test(t) || !/^\s*[,.]/.test(after)) return false;
  // One word like a participle is a state, not a role: "selon Paul Martin, déçu, …".
  if (!/\s/.test(t) && /(?:é|ée|és|ées|i|ie|is|ies|u|us|(?<![gq])ues?)$/u.test(t)) return false;
  return !NOT_ROLE_START.test(t) && !FINITE_VERB.test(t) && !PARTICIPLE_PHRASE.test(t) && !REPORTING_VERB.test(t);
}

/** "l'institut national", folded, ends with a word that names an organisation already named. */
function endsWithAnaphor(folded: string): boolean {
  for (const a of ORG_ANAPHORS) if (folded.endsWith(' ' + a)) return true;
  return false;
}

function stripDeterminer(np: string): string {
  return np.replace(DEFINITE, '').trim();
}

/** Content words, for comparing two ways of naming the same source. */
function contentWords(np: string): string[] {
  return fold(np)
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w.length > 2 && !/^(?:les|des|une|the|del|los|las|par|pour|sur|avec)$/.test(w));
}

function classify(name: string, isOrgMention: boolean): SourceType {
  if (KNOWN_MEDIA.has(fold(stripDeterminer(name))) || MEDIA_WORDS.test(name)) return 'media';
  if (OFFICIAL_WORDS.test(name)) return 'official';
  if (isOrgMention || ORG_WORDS.test(name)) return 'organisation';
  return 'other';
}

function isVerbUse(doc: Doc, at: number, form: string): boolean {
  // "dans le massif du Jura", "Edward Said": capitalised past a sentence's start, a name.
  if (/^[\p{Lu}]/u.test(form) && !/^[\s«"“(\[¿¡—–-]*$/u.test(doc.text.slice(sentenceAt(doc, at).start, at))) return false;
  const lower = form.toLowerCase();
  const before = doc.text.slice(Math.max(0, at - 24), at);
  const auxBefore = /(?:^|[\s'’-])(?:a|ont|avait|avaient|aurait|auraient|aura|s['’]est|se sont|s['’]était|has|have|had|ha|han|había|va|vont|n['’]a|n['’]ont|l['’]a|lui a|leur a|y a|l['’]avait|a-t-(?:il|elle|on)|ont-ils|ont-elles)(?:\s+(?:[\p{L}'’-]+\s+){0,2}?)?\s*$/iu;
  // "Un incendie s'est déclaré": reflexive, not reporting, but for a few verbs.
  if (/s['’](?:est|était)\s+$|se sont\s+$/iu.test(before)) return /^(?:félicité|félicitée|indigné|indignée|inquiété|inquiétée|réjoui|réjouie|exclamé|exclamée|interrogé|interrogée|dit|dite)$/.test(lower);
  if (auxBefore.test(before)) return true;
  if (NOT_VERBS.has(lower)) return false;
  // A bare past participle is an adjective ("l'objectif déclaré"), but for
  // the irregular forms that are also a present tense ("dit", "écrit").
  if (/(?:é|ée|és|ées)$/.test(lower) || PARTICIPLES.has(lower)) return PRESENT_TOO.has(lower);
  return true;
}

const QUOTE_ONLY_VERBS = /^(?:lan[cç]|lâch|gliss|tonn|appel|réclam|accus|souhait|espér|demand|qualifi|évoqu|salu|promi|promet|lancé)/iu;

const PARTICIPLES = new Set(['dit', 'dits', 'dite', 'écrit', 'écrite', 'reconnu', 'reconnue', 'répondu', 'soutenu', 'prévenu', 'promis', 'admis', 'poursuivi', 'averti', 'réagi', 'conclu', 'démenti', 'décrit', 'souri', 'appris', 'renchéri']);
const PRESENT_TOO = new Set(['dit', 'écrit', 'décrit']);

interface VerbHit {
  at: number;
  end: number;
  form: string;
}

/** Is `at` inside a quote? Quotes are sorted and do not overlap. */
export function insideQuote(quotes: QuoteSpan[], at: number): boolean {
  const q = quotes[lastAtOrBefore(quotes, at - 1, (x) => x.open)];
  return q !== undefined && at > q.open && at < q.close;
}

function verbsIn(doc: Doc, from: number, to: number, quotes: QuoteSpan[]): VerbHit[] {
  const hits: VerbHit[] = [];
  const region = doc.text.slice(from, to);
  for (const m of allMatches(REPORTING_VERB_G, region)) {
    const at = from + m.index;
    if (insideQuote(quotes, at)) continue;
    if (!isVerbUse(doc, at, m[0])) continue;
    hits.push({ at, end: at + m[0].length, form: m[0] });
  }
  return hits;
}

export class Attributor {
  readonly sources: Party[] = [];
  private readonly people: Mention[];

  constructor(
    private readonly doc: Doc,
    private readonly names: Names,
    private readonly quotes: QuoteSpan[],
  ) {
    this.people = names.mentions.filter((m) => m.kind === 'person');
  }

  /** Mentions that start in [from, to), by binary search: mentions are sorted. */
  private mentionsIn(from: number, to: number): Mention[] {
    const all = this.names.mentions;
    const out: Mention[] = [];
    for (let i = lastAtOrBefore(all, from - 1, (m) => m.at) + 1; i < all.length && all[i]!.at < to; i++) out.push(all[i]!);
    return out;
  }

  private lastPerson(before: number): Party | null {
    const found = this.people[lastAtOrBefore(this.people, before - 1, (m) => m.at)];
    return found ? { name: found.name, type: 'person', role: null, acronym: null, at: found.at } : null;
  }

  /** The organisation named before, preferring one whose name holds `head` ("l'institut" is the Insee). */
  private lastOrganisation(before: number, head = ''): Party | null {
    const orgs = this.names.mentions.filter((m) => m.kind === 'org' && m.at < before);
    const headed = head.length > 2 ? orgs.filter((m) => fold(m.name).includes(head)) : [];
    const named = (headed.length > 0 ? headed : orgs).at(-1);
    const sources = this.sources.filter((s) => s.type !== 'person' && s.type !== 'other' && s.at < before && /[\p{Lu}]/u.test(s.name));
    const sourceHeaded = head.length > 2 ? sources.filter((s) => fold(s.name).includes(head)) : [];
    const source = (sourceHeaded.length > 0 ? sourceHeaded : headed.length > 0 ? [] : sources).at(-1);
    // An organisation already cited is the likeliest antecedent ("selon l'ONG").
    if (source && (!named || source.at >= named.at || headed.length === 0)) return source;
    if (!named) return null;
    const org = this.names.organisations.get(fold(named.name));
    return { name: named.name, type: classify(named.name, true), role: null, acronym: org?.acronym ?? null, at: named.at };
  }

  /** What a noun phrase at `at` names: a person, an organisation, or an unnamed source as written. */
  resolve(rawNp: string, at: number): Party | null {
    let np = rawNp.replace(/\s{2,}|[^\S ]/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
    const lead = rawNp.length - rawNp.trimStart().length;
    np = np.replace(/\s*\((?:NDLR|ndlr)\)$/, '');
    if (np === '' || /\bAFP\b/.test(np) && !/[\p{Lu}][\p{Ll}]/u.test(np.replace(/AFP/g, ''))) return null;
    // Not a noun phrase: quoted words, a clause, a verb form.
    if (/^(?:and|et|y|mais|but|or|ou|o|donc|puis|then)$/i.test(np) || /["«»“”]/.test(np) || /^(?:à|de|qu['’]|que|avoir|être|se|s['’]|ne|n['’]|y|en|pour|par|sur|dans|avec|ante|-)(?:\s|$|-)/iu.test(np) || /^a\s+[\p{Ll}]+(?:é|ée|és|ées|i|u|it|is)(?:\s|$)/u.test(np)) return null;
    if (/(?<![\p{L}])(?:a|ont|est|sont|avait|avaient|étaient|était)\s+(?:[\p{Ll}]+\s+)?[\p{Ll}]+(?:é|ée|és|ées|i|is|it|u|ue|us)(?![\p{L}])/u.test(np) && !this.mentionsIn(at, at + rawNp.length).some((m) => m.kind === 'person')) return null;
    const lower = fold(np);
    if (lower === 'on') return null;
    if (PRONOUNS.has(lower) || /^(?:eux|lui|elle|elles)$/.test(lower)) {
      return lower.startsWith('ell') || lower === 'il' || lower === 'lui' || lower === 'he' || lower === 'she' || lower === 'él'
        ? this.lastPerson(at)
        : this.lastSource(at);
    }
    const end = at + lead + np.length;
    const inside = this.mentionsIn(at, end + 1).filter((m) => m.end <= end + 1);
    // A person named in the phrase, not as a complement ("le fils de X").
    const person = inside.find((m) => m.kind === 'person' && !/(?:\sde|\sdu|\sd['’])\s*$/u.test(this.doc.text.slice(Math.max(0, m.at - 4), m.at)))
      ?? inside.find((m) => m.kind === 'person');
    if (person) {
      const role = np.replace(this.doc.text.slice(person.at, person.end), '').replace(LEADING_TITLE, '').replace(TRAILING_TITLE, '').replace(/\s*\([^)]*\)/g, '').replace(/^[\s,]+|[\s,]+$/g, '').replace(/\s*,\s*,\s*/g, ', ').replace(/\s+,/g, ',');
      return { name: person.name, type: 'person', role: role === '' ? null : stripDeterminer(role), acronym: null, at: person.at };
    }
    const bare = stripDeterminer(np.replace(/^(?:[Dd]es|[Uu]ne?|[Ll]es?|[Ll]a)\s+(?=[\p{Lu}])/u, ''));
    // "le syndicat Alliance", "le parti issu de l'ex-guérilla, Comunes": the name given.
    // "the Yonhap news agency": the name before the kind of medium.
    const medium = /^(?:[Tt]he\s+)?([\p{Lu}][\p{L}'’ -]*?)\s+(?:news agency|newspaper|daily|broadcaster|television|radio|agency)$/u.exec(np);
    if (medium) return { name: medium[1]!, type: 'media', role: null, acronym: null, at: at + lead + np.indexOf(medium[1]!) };
    const named = /^(?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Ss]on|[Ss]a|[Tt]he)\s*)?([Ss]yndicat|[Pp]arti|[Aa]ssociation|[Gg]roupe|[Qq]uotidien|[Jj]ournal|[Hh]ebdomadaire|[Mm]agazine|[Cc]haîne|[Rr]adio|[Ss]ite|ONG|[Cc]lub|[Ss]ociété|[Ee]ntreprise|[Cc]ompagnie|[Cc]ollectif|[Mm]ouvement|[Oo]rganisation|[Ff]édération|[Pp]arty|[Uu]nion|[Nn]ewspaper|[Gg]roup|[Cc]ompany)(?![\p{L}])[^,]*?(?:,\s*|\s+)([\p{Lu}][\p{L}\d'’+ -]*?)\s*,?$/u.exec(np);
    if (named && !/\s(?:de|du|des)\s*$/.test(named[0].slice(0, named[0].length - named[2]!.length))) {
      const name = named[2]!.trim();
      return { name, type: classify(named[1]!, true), role: null, acronym: this.names.organisations.get(fold(name))?.acronym ?? null, at: at + lead + np.indexOf(name) };
    }
    // An organisation named in the phrase; the phrase may stop inside a long
    // name ("le Haut-Commissariat des Nations unies" before "pour les réfugiés").
    const org = inside.find((m) => m.kind === 'org') ?? this.mentionsIn(at, end).find((m) => m.kind === 'org' && m.end > end && fold(this.doc.text.slice(m.at, m.end)).startsWith(fold(stripDeterminer(np))));
    if (org && org.end > end + 1) {
      const known = this.names.organisations.get(fold(org.name));
      return { name: org.name, type: classify(org.name, true), role: null, acronym: known?.acronym ?? null, at: org.at };
    }
    if (org) {
      const orgText = this.doc.text.slice(org.at, org.end).replace(/\s*\([^)]*\)$/, '');
      const known = this.names.organisations.get(fold(org.name));
      // The phrase is the organisation ("l'OSDH", "le syndicat Alliance", "la direction de TBM").
      const rest = fold(bare.replace(/\s*\([^)]*\)/g, '').replace(orgText, '')).replace(/[^\p{L}]+/gu, ' ').trim();
      const place = inside.some((m) => m.kind === 'place' && m.at > org.at);
      if (rest === '' || /^(?:le |la |l |les )?(?:syndicat|parti|groupe|journal|quotidien|hebdomadaire|organisation|ong|association|societe|compagnie|direction|direction generale|constructeur|entreprise|chaine|radio|site|agence|federation|club)(?: [\p{L}]+)?(?: (?:de|du|des|d))?$/u.test(rest) || (place && /^(?:de|du|des|d)(?: l| la)? [\p{L} -]+$/u.test(rest))) {
        return { name: org.name, type: classify(org.name, true), role: null, acronym: known?.acronym ?? null, at: org.at };
      }
    }
    const head = fold(bare).split(/[\s'’]+/)[0] ?? '';
    if (DEFINITE.test(np) || /^the\s/i.test(np)) {
      // "l'ONG", "le ministère", "the department": the organisation named before.
      if (ORG_ANAPHORS.has(head) || bare.split(' ').length <= 2 && endsWithAnaphor(fold(bare))) {
        const earlier = this.lastOrganisation(at, head);
        if (earlier) return { ...earlier, at };
      }
      // "le berger", "le marin de 58 ans": the person just named.
      if (PERSON_NOUNS.has(head) && /^[\p{L}]+(?:\s+de\s+\d+\s+ans)?$/u.test(bare)) {
        const earlier = this.lastPerson(at);
        if (earlier && at - earlier.at < 600) return { ...earlier, at };
      }
      // "le haut responsable syrien" after "un haut responsable sécuritaire à Damas".
      const words = contentWords(bare);
      const same = this.sources.find((s) => s.type !== 'person' && s.at < at && /^(?:un|une|des)\s/i.test(s.name) && words.length > 0 && contentWords(s.name).includes(words.find((w) => !/^(?:haut|haute|hauts|grand|grande|ancien|ancienne|nouveau|nouvelle)$/.test(w)) ?? ''));
      if (same) return { ...same, at };
    }
    if (bare === '' || bare.length > 120) return null;
    // "Une source proche de…" opens a sentence; the name reads "une source proche de…".
    const name = bare.replace(/^(?:Une?|Des|Plusieurs|Deux|Trois|Quelques|An?|Some|Unos?|Unas?)\s/u, (d) => d.toLowerCase());
    return { name, type: classify(name, false), role: null, acronym: null, at: at + lead };
  }

  private lastSource(before: number): Party | null {
    return this.sources.filter((s) => s.at < before).at(-1) ?? null;
  }

  /** The subject of a verb: the noun phrase that ends where the verb's auxiliaries begin. */
  subjectBefore(verb: VerbHit, clauseStart: number): { np: string; at: number } | null {
    let region = this.doc.text.slice(clauseStart, verb.at);
    // Drop auxiliaries, negation, clitics and adverbs before the verb.
    const tail = /(?:\s|^)(?:a|ont|avait|avaient|aurait|auraient|aura|est|sont|s['’]est|se sont|s['’]était|n['’]a|n['’]ont|n['’]avait|ne|l['’]a|l['’]avait|lui a|leur a|has|have|had|was|ha|han|había|va|vont|pas|jamais|[\p{L}'’-]+(?:amment|emment)|notamment|également|finalement|immédiatement|longuement|vivement|fermement|clairement|publiquement|directement|ouvertement|officiellement|seulement|rapidement|personnellement|d['’]ailleurs|encore|déjà|aussi|également|ensuite|alors|lui-même|elle-même|quant à (?:lui|elle)|pour sa part|de son côté|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:matin|midi|soir|après-midi))?|hier|also|later|then)\s*$/iu;
    let previous;
    do {
      previous = region;
      region = region.replace(tail, '');
    } while (region !== previous && region !== '');
    region = region.replace(/\s*,\s*$/, '');
    // Only what is said before a complementizer is a subject ("X a dit que Y a …").
    if (/(?<![\p{L}])(?:que|qu['’]|that|que)\s/iu.test(region) && !/^\s*(?:selon|pour)/i.test(region)) {
      const cut = region.search(/(?<![\p{L}])(?:que|qu['’]|that)\s/iu);
      region = region.slice(0, cut);
      if (REPORTING_VERB.test(region)) return null;
    }
    // Apposition chain: "Le directeur du festival, Olivier Py,", intro parts dropped.
    const parts: { text: string; at: number }[] = [];
    let offset = clauseStart;
    for (const part of region.split(',')) {
      parts.push({ text: part, at: offset });
      offset += part.length + 1;
    }
    const kept: { text: string; at: number }[] = [];
    for (const part of parts) {
      const t = part.text.trim();
      if (t === '') continue;
      if (RELATIVE.test(t) || PARTICIPLE_PHRASE.test(t) || /^\(/.test(t)) continue;
      // "Selon le HCR, les syndicats ont prévenu": the cue's phrase is a source of its own (sourcesIn), not the subject.
      if ((INTRO.test(t) || CUE_START.test(t)) && kept.length === 0) continue;
      // A clause with its own verb before the subject: start again after it.
      kept.push(part);
    }
    // A clause with its own verb before the subject: the subject follows it
    // ("Queen Elizabeth II died …, Buckingham Palace announced").
    const clause = kept.findLastIndex((part, k) => k < kept.length - 1 && /(?<![\p{L}])(?:a|ont|est|sont|était|avait|died|was|were|is|are|has|have)(?![\p{L}])/u.test(part.text));
    if (clause !== -1) kept.splice(0, clause + 1);
    if (kept.length === 0) return null;
    const first = kept[0]!;
    const last = kept[kept.length - 1]!;
    const text = this.doc.text.slice(first.at, last.at + last.text.length);
    const lead = text.length - text.trimStart().length;
    const np = text.trim();
    if (np === '' || wordCount(np) > 18) return null;
    return { np, at: first.at + lead };
  }

  /** The speaker named after an inverted verb: "a souligné le directeur de l'OSDH, Rami Abdel Rahmane". */
  npAfter(from: number, to: number): { np: string; at: number; pronoun: string | null } {
    let region = this.doc.text.slice(from, to);
    let at = from;
    const inversion = /^-t-(il|elle|on)|^-(il|elle|ils|elles|on)(?![\p{L}])/iu.exec(region);
    if (inversion) return { np: '', at, pronoun: (inversion[1] ?? inversion[2]!).toLowerCase() };
    let previous;
    do {
      previous = region;
      const trimmed = region.replace(/^[\s,]+/, '');
      at += region.length - trimmed.length;
      region = trimmed;
      const m = LEADING_ADVERBIAL.exec(region);
      if (m && m[0].length > 0) {
        at += m[0].length;
        region = region.slice(m[0].length);
      }
    } while (region !== previous);
    const stop = npEnd(region);
    const np = (stop === -1 ? region : region.slice(0, stop)).replace(/[\s,]+$/, '');
    return { np, at, pronoun: null };
  }

  /** The phrase after "selon": to the first comma, unless a name in apposition follows, or the role of the person it names. */
  cuePhrase(from: number, to: number): { np: string; at: number } | null {
    const { np, at } = this.npAfter(from, to);
    const parts = np.split(',');
    let kept = parts[0]!;
    let offset = kept.length + 1;
    for (const part of parts.slice(1)) {
      const partAt = at + offset;
      const isName = this.mentionsIn(partAt, partAt + part.length + 1).some((m) => m.kind === 'person' && m.end <= partAt + part.length + 1) && wordCount(part) <= 4;
      // "selon Paul Martin, avocat de la famille, …": the person's role.
      const isRole = !isName && this.mentionsIn(at, at + kept.length).some((m) => m.kind === 'person') && isRoleApposition(part, this.doc.text.slice(partAt + part.length, partAt + part.length + 2));
      if (!isName && !isRole) break;
      kept += ',' + part;
      offset += part.length + 1;
      if (isRole) break;
    }
    kept = kept.trim();
    return kept === '' ? null : { np: kept, at };
  }

  private clauseStart(sentenceStart: number, at: number): number {
    const region = this.doc.text.slice(sentenceStart, at);
    let start = sentenceStart;
    for (const m of allMatches(CLAUSE_BREAK, region)) {
      start = sentenceStart + m.index + m[0].length;
    }
    return start;
  }

  /** Speaker of the words in `q`, or null when the text does not say. */
  speakerOf(q: QuoteSpan, previous: Attributed | undefined): Party | null {
    const doc = this.doc;
    const open = sentenceAt(doc, q.open);
    const close = sentenceAt(doc, q.close);
    const afterEnd = close.end;
    const after = doc.text.slice(q.close + 1, afterEnd);

    // 1. After the quote: ", selon X", ", a souligné X", ", a-t-il ajouté", ", X said".
    const lead = /^[\s\u00a0\u202f]*[,.]?[\s\u00a0\u202f]*/u.exec(after)![0];
    const afterAt = q.close + 1 + lead.length;
    const rest = after.slice(lead.length);
    const cue = /^(?:selon|d['’]après|according to|según)\s+/iu.exec(rest);
    if (cue) {
      const { np, at } = this.npAfter(afterAt + cue[0].length, afterEnd);
      const party = this.resolve(np, at);
      if (party) return party;
    }
    const verb = verbsIn(doc, afterAt, Math.min(afterEnd, afterAt + 60), this.quotes)[0];
    if (verb) {
      const between = doc.text.slice(afterAt, verb.at).trim();
      const onlyAux = between.split(/\s+/).filter(Boolean).every((w) => AUXILIARIES.test(w) || ADVERBS.has(w.toLowerCase()) || /^(?:s['’]est|n['’]a|l['’]a|a-t-(?:il|elle)|ont-ils|ne|pas|lui|leur)$/i.test(w));
      const inverted = /-t-(il|elle|on)$|^(?:a|ont)-(ils|elles)$/iu.exec(between);
      if (onlyAux && inverted) {
        const pronoun = (inverted[1] ?? inverted[2]!).toLowerCase();
        return pronoun === 'on' ? null : this.resolve(pronoun, q.open);
      }
      if (onlyAux) {
        const { np, at, pronoun } = this.npAfter(verb.end, afterEnd);
        if (pronoun) return pronoun === 'on' ? null : this.resolve(pronoun, q.open);
        if (np !== '') {
          const party = this.resolve(np, at);
          if (party) return party;
        } else {
          // Spanish drops the subject: "declaró." is the person just named.
          return this.lastPerson(q.open);
        }
      } else if (wordCount(between) <= 6 && !/[.;:!?]/.test(between) && (/^[\p{Lu}]|^(?:the|a|an)\s/u.test(between) || this.mentionsIn(afterAt, verb.at).some((m) => m.kind === 'person'))) {
        // English: "…," authority chairman Osama Rabie told reporters.
        const party = this.resolve(between, afterAt);
        if (party) return party;
      }
    }
    // A sentence-final attribution further on: "…" en fin de matinée, a précisé X.
    const late = /,\s*(?:(?:a|ont|avait|avaient)\s+)?(?:[\p{L}'’-]+\s+)?$/u;
    for (const v of verbsIn(doc, afterAt, afterEnd, this.quotes)) {
      if (!late.test(doc.text.slice(afterAt, v.at)) || v === verb) continue;
      const { np, at, pronoun } = this.npAfter(v.end, afterEnd);
      if (pronoun) return pronoun === 'on' ? null : this.resolve(pronoun, q.open);
      const party = this.resolve(np, at);
      if (party) return party;
    }

    // 2. Before the quote, in its sentence: "Selon X, …", "Pour X, …", "X a déclaré que …".
    const before = doc.text.slice(open.start, q.open);
    const intro = /^(?:selon|d['’]après|pour|according to|según|para)\s+/iu.exec(before);
    if (intro) {
      const np = this.cuePhrase(open.start + intro[0].length, q.open);
      const party = np ? this.resolve(np.np, np.at) : null;
      if (party && !(fold(intro[0]).startsWith('pour') && party.type === 'other' && wordCount(party.name) > 6)) return party;
    }
    // "X a prévenu: "…"": the colon introduces the quote, it does not end X's clause.
    const colon = /:[\s\u00a0\u202f]*$/u.exec(before);
    const start = this.clauseStart(open.start, colon ? q.open - colon[0].length : q.open);
    const verbs = verbsIn(doc, start, q.open, this.quotes);
    const lastVerb = verbs.at(-1);
    if (lastVerb && /ant$/.test(lastVerb.form)) {
      // "…, dénonçant « … »": the subject of the main clause.
      const main = this.mainSubject(open.start, lastVerb.at);
      if (main) return main;
    } else if (lastVerb) {
      const inverted = this.npAfter(lastVerb.end, q.open);
      if (inverted.pronoun) return this.resolve(inverted.pronoun, lastVerb.at);
      const subject = this.subjectBefore(lastVerb, start);
      if (subject) {
        const party = this.resolve(subject.np, subject.at);
        if (party) return party;
      }
    }
    const cueBefore = CUE.exec(before);
    if (cueBefore) {
      const { np, at } = this.npAfter(open.start + cueBefore.index + cueBefore[0].length, q.open);
      const party = this.resolve(np, at);
      if (party) return party;
    }

    // 3. Nothing in the sentence: the same speaker goes on, or the sentence's subject.
    if (previous?.speaker && q.open - previous.quote.close < 400) {
      const between = doc.text.slice(previous.quote.close, q.open);
      if (!this.mentionsIn(previous.quote.close + 1, q.open).some((m) => m.kind === 'person' && m.name !== previous.speaker!.name) || /^\s*[»"”]?\s*$/.test(between)) {
        return previous.speaker;
      }
    }
    const main = this.mainSubject(open.start, q.open);
    return main && main.type === 'person' ? main : null;
  }

  /** Subject of the sentence: what stands before its first auxiliary or verb. */
  private mainSubject(sentenceStart: number, limit: number): Party | null {
    const region = this.doc.text.slice(sentenceStart, limit);
    const m = /(?<![\p{L}'’])(?:a|ont|avait|avaient|est|sont|était|dit|said|says|told)(?![\p{L}])/u.exec(region);
    if (!m) return null;
    const subject = this.subjectBefore({ at: sentenceStart + m.index, end: sentenceStart + m.index + m[0].length, form: m[0] }, sentenceStart);
    return subject ? this.resolve(subject.np, subject.at) : null;
  }

  /** Sources of the sentence beyond quotes: "a indiqué l'OSDH", "selon l'ONG", "joint par l'AFP". */
  sourcesIn(from: number, to: number): Party[] {
    const doc = this.doc;
    const found: Party[] = [];
    const text = doc.text.slice(from, to);
    for (const m of allMatches(CUE_G, text)) {
      const at = from + m.index + m[0].length;
      if (insideQuote(this.quotes, at)) continue;
      const phrase = this.cuePhrase(at, to);
      if (!phrase) continue;
      let { np, at: npAt } = phrase;
      // "selon un bilan des sapeurs-pompiers", "según los resultados publicados por el gobierno".
      const document = /^(?:(?:un|une|le|la|les|l['’]|des|los|las|el|the)\s+)?(?:bilan|communiqué|rapport|chiffres?|résultats?|estimations?|décompte|sondage|étude|statement|report|figures|resultados|cifras)(?:\s+[\p{Ll}]+)*?\s+(?:publiés?\s+par|publicados\s+por|published\s+by|de\s+l['’]|de\s+la|des|du|de|d['’]|of|by|del|de\s+los)(?![\p{L}])\s*/iu.exec(np);
      if (document) {
        npAt += document[0].length;
        np = np.slice(document[0].length);
      }
      const party = this.resolve(np, npAt);
      if (party) found.push(party);
    }
    for (const m of allMatches(FROM_SOURCE, text)) {
      const at = from + m.index + m[0].length;
      const phrase = this.cuePhrase(at, to);
      // "auprès des pompiers" is "les pompiers": the article, not a partitive.
      const np = phrase?.np.replace(/^es\s/, 'les ').replace(/^u\s/, 'le ');
      const party = phrase && np ? this.resolve(np, phrase.at + (np.length - phrase.np.length)) : null;
      if (party) found.push(party);
    }
    for (const m of allMatches(REACHED_BY, text)) {
      const start = this.clauseStart(sentenceAt(doc, from + m.index).start, from + m.index);
      const subject = this.subjectBefore({ at: from + m.index, end: from + m.index, form: '' }, start);
      if (subject) {
        const party = this.resolve(subject.np, subject.at);
        if (party) found.push(party);
      }
    }
    // Alerts end with their source in parentheses: "… (Elysée)".
    const trailing = /\(([\p{Lu}][^()]{1,60})\)\s*[.]?\s*$/u.exec(text);
    if (trailing && !/^[\p{Lu}]{2,}$/u.test(trailing[1]!) && !this.names.acronyms.has(trailing[1]!)) {
      const party = this.resolve(trailing[1]!, from + trailing.index + 1);
      if (party) found.push(party);
    }
    for (const verb of verbsIn(doc, from, to, this.quotes)) {
      // "appris auprès de" is read above; "…, en précisant" belongs to the speaker already named.
      if (/^(?:appris)$/i.test(verb.form) || /ant$/i.test(verb.form)) continue;
      // "La Russie a lancé une invasion": these verbs report speech only around a quote.
      if (QUOTE_ONLY_VERBS.test(verb.form)) {
        const sentence = sentenceAt(doc, verb.at);
        const q = this.quotes[lastAtOrBefore(this.quotes, sentence.end - 1, (x) => x.open)];
        if (!q || q.close < sentence.start) continue;
      }
      const start = this.clauseStart(sentenceAt(doc, verb.at).start, verb.at);
      const between = doc.text.slice(start, verb.at);
      if (/-t-(?:il|elle|on)\s*$|(?:^|\s)(?:a|ont)-(?:ils|elles)\s*$/iu.test(between) || /^-t-|^-(?:il|elle|ils|elles|on)(?![\p{L}])/iu.test(doc.text.slice(verb.end, verb.end + 8))) continue;
      // "…, a indiqué l'OSDH": inverted after a clause (it has its own verb) or a quote.
      const tail = /,\s*(?:(?:a|ont|avait|avaient|s['’]est)\s+)?(?:[\p{Ll}'’-]+ment\s+)?$/u.exec(between);
      const clauseBefore = tail ? doc.text.slice(sentenceAt(doc, verb.at).start, verb.at - tail[0].length) : '';
      const inverted = tail !== null && (/["»”]\s*$/.test(clauseBefore) || /(?<![\p{L}'’])(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|fait|font|va|vont|doit|peut|has|have|had|was|were|is|are|ha|han|es|fue|[\p{L}]+(?:ait|aient|ó|aron|ieron))(?![\p{L}])/u.test(clauseBefore));
      if (inverted) {
        const { np, at, pronoun } = this.npAfter(verb.end, to);
        if (pronoun) continue;
        const party = this.resolve(np, at);
        if (party) found.push(party);
        continue;
      }
      const subject = this.subjectBefore(verb, start);
      if (!subject) continue;
      const party = this.resolve(subject.np, subject.at);
      if (party) found.push(party);
    }
    return found;
  }

  private readonly sourceKeys = new Map<string, Party>();

  addSource(party: Party): void {
    if (/^(?:on|il|elle|ils|elles|nous|je|vous)$/i.test(party.name) || /\bAFP\b/.test(party.name)) return;
    const key = fold(party.name);
    const same = this.sourceKeys.get(key);
    if (same) {
      same.role ??= party.role;
      same.acronym ??= party.acronym;
      return;
    }
    const copy = { ...party };
    this.sources.push(copy);
    this.sourceKeys.set(key, copy);
  }

  /** Unnamed sources that a named organisation's name contains ("the canal authority"). */
  foldSources(): Party[] {
    const named = this.sources.filter((s) => s.type !== 'person' && /[\p{Lu}]/u.test(s.name));
    return this.sources.filter((s) => {
      if (s.type === 'person' || /[\p{Lu}]/u.test(s.name) || /^(?:un|une|des)\s/i.test(s.name)) return true;
      const words = contentWords(s.name);
      return !named.some((n) => words.length > 0 && words.every((w) => contentWords(n.name).includes(w)));
    });
  }
}

/** Speech or scare-quoted term: length first, then the reporting around it. */
export function quoteKind(doc: Doc, q: QuoteSpan, quotes: QuoteSpan[]): 'speech' | 'term' {
  const n = wordCount(q.text);
  if (n >= 4) return 'speech';
  if (n <= 1) return 'term';
  const sentence = sentenceAt(doc, q.open);
  const before = doc.text.slice(sentence.start, q.open);
  const near = before.split(/\s+/).slice(-5).join(' ');
  if (REPORTING_VERB.test(near) && verbsIn(doc, Math.max(sentence.start, q.open - near.length - 1), q.open, quotes).length > 0) return 'speech';
  const end = sentenceAt(doc, q.close).end;
  const hasCue = verbsIn(doc, sentence.start, end, quotes).length > 0 || CUE.test(doc.text.slice(sentence.start, end));
  const determiner = /(?:^|\s)(?:le|la|les|l['’]|un|une|des|du|de|d['’]|ce|cette|ces|son|sa|ses|leur|leurs|the|a|an|el|los|las|una)\s*$/iu.test(before);
  return hasCue && !determiner ? 'speech' : 'term';
}

