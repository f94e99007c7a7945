// A deterministic generator of synthetic dispatches in agency style: the same
// seed and count always give the same files. It draws every shape of
// DESIGN §1 (header date at each precision, service line, priority, slug,
// title, dateline, intertitles, quotes, signature, footer, one-line bodies).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function prng(seed: number): () => number {
  // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES: [string, string | null, string][] = [
  ['PARIS', null, 'Paris'],
  ['LYON', null, 'Lyon'],
  ['MARSEILLE', null, 'Marseille'],
  ['BORDEAUX', null, 'Bordeaux'],
  ['LILLE', null, 'Lille'],
  ['STRASBOURG', null, 'Strasbourg'],
  ['SAINT-ÉTIENNE', null, 'Saint-Etienne'],
  ['BRUXELLES', null, 'Bruxelles'],
  ['GENÈVE', null, 'Genève'],
  ['DAKAR', null, 'Dakar'],
  ['BAMAKO', null, 'Bamako'],
  ['BEYROUTH', null, 'Beyrouth'],
  ['DAMAS', null, 'Damas'],
  ['RAQA', 'Syrie', 'Raqa'],
  ['ALEP', 'Syrie', 'Alep'],
  ['BOGOTÁ', null, 'Bogota'],
  ['LA NOUVELLE-ORLÉANS', 'Etats-Unis', 'La Nouvelle-Orléans'],
  ['MOSCOU', null, 'Moscou'],
  ['KIEV', null, 'Kiev'],
  ['ABIDJAN', null, 'Abidjan'],
  ['NOUMÉA', null, 'Nouméa'],
  ['TUNIS', null, 'Tunis'],
];
const PEOPLE: [string, string][] = [
  ['Claire', 'Vidal'],
  ['Karim', 'Benali'],
  ['Hélène', 'Marchand'],
  ['Olivier', 'Texier'],
  ['Fatou', 'Ndiaye'],
  ['Jean-Marc', 'Lefort'],
  ['Sofia', 'Romero'],
  ['Ahmed', 'Haddad'],
  ['Irina', 'Volkova'],
  ['Paul', 'Mercier'],
  ['Nadia', 'Chergui'],
  ['Luc', 'Fontaine'],
  ['Marta', 'Gómez'],
  ['Yann', 'Le Goff'],
  ['Aïcha', 'Traoré'],
];
const ROLES = [
  "le ministre de l'Intérieur",
  'la porte-parole du gouvernement',
  'le maire de la ville',
  'la préfète',
  "le directeur de l'hôpital",
  'une responsable syndicale',
  'le procureur',
  'un haut responsable sécuritaire',
  'la présidente de la région',
  'un diplomate européen',
];
const ORGS: [string, string][] = [
  ["l'Organisation mondiale de la santé", 'OMS'],
  ["l'Observatoire syrien des droits de l'Homme", 'OSDH'],
  ['la Confédération générale du travail', 'CGT'],
  ["l'Institut national de la statistique", 'Insee'],
  ['le Haut-Commissariat des Nations unies pour les réfugiés', 'HCR'],
  ['la Banque centrale européenne', 'BCE'],
];
const SUBJECTS: [string, string][] = [
  ['grève', 'Les conducteurs de bus ont cessé le travail pour dénoncer leurs conditions de travail'],
  ['inondations', 'Des pluies torrentielles ont provoqué la crue de plusieurs rivières'],
  ['élections', 'Les électeurs étaient appelés aux urnes pour un scrutin très disputé'],
  ['incendie', "Un incendie s'est déclaré dans un immeuble d'habitation du centre-ville"],
  ['sommet', 'Les dirigeants de la région se sont retrouvés pour un sommet consacré à la sécurité'],
  ['économie', 'Le chômage a reculé au troisième trimestre selon les chiffres officiels'],
  ['santé', 'Les autorités sanitaires ont lancé une campagne de vaccination contre la grippe'],
  ['justice', 'Le tribunal a rendu son jugement dans une affaire de corruption très suivie'],
  ['culture', 'Le festival a accueilli un nombre record de spectateurs cette année'],
  ['sport', "L'équipe locale s'est qualifiée pour la finale au terme d'un match spectaculaire"],
];
const VERBS = ['a déclaré', 'a affirmé', 'a indiqué', 'a souligné', 'a précisé', 'a expliqué', 'a assuré', 'a estimé'];
const QUOTES = [
  'Nous ferons tout pour que la situation revienne à la normale dans les prochains jours',
  "C'est une décision difficile, mais elle était nécessaire",
  'Personne ne pouvait imaginer une telle ampleur',
  'Le dialogue reste ouvert, nous attendons des propositions concrètes',
  "Les chiffres parlent d'eux-mêmes",
  'Il faudra des années pour reconstruire ce qui a été détruit',
];
const FILLERS = [
  "Selon les premiers éléments de l'enquête, aucune piste n'est écartée à ce stade.",
  "La situation devait faire l'objet d'une nouvelle réunion en fin de journée.",
  "Plusieurs centaines de personnes se sont rassemblées dans l'après-midi devant la mairie.",
  "Le bilan pourrait encore s'alourdir, ont prévenu les secours.",
  'Les autorités ont appelé la population à la prudence et à éviter les déplacements.',
  'Des renforts doivent arriver dans la nuit des départements voisins.',
  "Le texte doit encore être examiné par le Sénat avant la fin de l'année.",
  "Les syndicats ont prévenu qu'ils ne céderaient pas sans garanties écrites.",
  'Au moins 4.000 personnes ont été évacuées depuis le début de la semaine.',
  "Le coût des dégâts est estimé à 2,5 millions d'euros par les assureurs.",
];
const INTERTITLES = ['Inquiétudes', 'Une enquête ouverte', 'Réactions politiques', 'Des précédents', 'Appel au calme', 'Un bilan provisoire'];
const MONTHS_ABBR = ['jan', 'fév', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'];
const FOOTER_MONTHS = ['JAN', 'FEV', 'MAR', 'AVR', 'MAI', 'JUN', 'JUL', 'AOU', 'SEP', 'OCT', 'NOV', 'DEC'];

export interface Generated {
  name: string;
  text: string;
}

export function generateDispatch(i: number, seed = 42): Generated {
  const r = prng(seed * 100003 + i);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const year = 2005 + Math.floor(r() * 20);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const hour = Math.floor(r() * 24);
  const minute = Math.floor(r() * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [PLACE, country, placeName] = pick(PLACES);
  const [subject, opening] = pick(SUBJECTS);
  const [first, last] = pick(PEOPLE);
  const [orgName, acronym] = pick(ORGS);
  const role = pick(ROLES);
  const lines: string[] = [];
  const shape = r();
  const oneLine = shape < 0.15;

  if (oneLine) lines.push(`date ${year}-${pad(month)}`);
  else if (shape < 0.4) lines.push(`date ${year}-${pad(month)}-${pad(day)}`);
  else if (shape < 0.5) lines.push(`date: ${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`);
  if (!oneLine && r() < 0.3) lines.push(pick(['URGENT', 'BULLETIN', 'FLASH', 'ALERTE']));
  if (!oneLine && r() < 0.4)
    lines.push(
      `FRA${String(Math.floor(r() * 9999)).padStart(4, '0')} ${1 + Math.floor(r() * 4)} G ${String(200 + Math.floor(r() * 600)).padStart(4, '0')} FRA/AFP-${pick(['RC', 'YB', 'KL'])}${10 + Math.floor(r() * 89)}`,
    );
  if (!oneLine && r() < 0.4) lines.push(`France-${subject}-${placeName.replace(/[^\p{L}]/gu, '')}`);
  const title = `${placeName}: ${opening.charAt(0).toLowerCase()}${opening.slice(1)}`;
  if (!oneLine && r() < 0.7) lines.push(title, '');

  const when = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][Math.floor(r() * 7)];
  const datelineDate = r() < 0.5 && !oneLine ? `, ${day} ${MONTHS_ABBR[month - 1]} ${year}` : '';
  const needsDate = lines.every((l) => !l.startsWith('date'));
  const dateline = `${PLACE}${country ? ` (${country})` : ''}${needsDate ? `, ${day} ${MONTHS_ABBR[month - 1]} ${year}` : datelineDate} (AFP) - `;
  const body: string[] = [];
  body.push(`${opening} ${when} à ${placeName}, a indiqué ${role}, ${first} ${last}.`);
  body.push(`"${pick(QUOTES)}", ${pick(VERBS)} ${first} ${last} lors d'un point presse.`);
  const filler = pick(FILLERS);
  body.push(`Selon ${orgName} (${acronym}), ${filler.charAt(0).toLowerCase()}${filler.slice(1)}`);
  const paragraphs = 3 + Math.floor(r() * 6);
  const sections: string[][] = [body];
  for (let p = 0; p < paragraphs; p++) {
    if (r() < 0.2) sections.push([]);
    const cur = sections[sections.length - 1]!;
    cur.push(`${pick(FILLERS)} ${r() < 0.5 ? `« ${pick(QUOTES)} », a ajouté M. ${last}.` : pick(FILLERS)}`);
  }
  if (oneLine) {
    const text = sections.map((s, k) => (k === 0 ? '' : `- ${pick(INTERTITLES)} - `) + s.join(' ')).join(' ');
    lines[0] = ` ${lines[0]} ${text}`;
  } else {
    sections.forEach((s, k) => {
      if (k > 0) lines.push(`- ${pick(INTERTITLES)} -`, '');
      s.forEach((para, n) => {
        lines.push((k === 0 && n === 0 ? dateline : '') + para, '');
      });
    });
    lines.push(`${pick(['bur', 'pyv', 'cbd', 'ach'])}/${pick(['ial', 'fmp', 'rl'])}/${pick(['ml', 'bds', 'ly'])}`);
    if (r() < 0.4) lines.push('', `AFP ${pad(day)}${pad(hour)}${pad(minute)} ${FOOTER_MONTHS[month - 1]} ${pad(year % 100)}`);
  }
  return { name: `${String(i).padStart(6, '0')}-${subject}.txt`, text: lines.join('\n') + '\n' };
}

export function writeCorpus(dir: string, n: number, seed = 42): Generated[] {
  mkdirSync(dir, { recursive: true });
  const out: Generated[] = [];
  for (let i = 0; i < n; i++) {
    const g = generateDispatch(i, seed);
    writeFileSync(path.join(dir, g.name), g.text);
    out.push(g);
  }
  return out;
}
