// Every problem the build can report, in one registry, as unified-lint-rule
// and vfile-message keep them: the rule id, its severity, what it means and
// what to do, in French for editors. `report` (messages.ts) takes its rule id
// and severity from here, so TypeScript refuses a rule that is not listed or
// a severity that differs; the README's list of rules is written from it
// (`npm run readme:rules`) and a test checks that it is.
import type { Severity } from './article.ts';

export interface Rule {
  severity: Severity;
  /** What the rule reports. */
  meaning: string;
  /** What the editor does about it. */
  fix: string;
}

export const RULES = {
  'file-empty': { severity: 'error', meaning: 'le fichier est vide', fix: 'enregistrer la dépêche avec son texte, ou retirer le fichier' },
  'file-binary': {
    severity: 'error',
    meaning: "le fichier n'est pas du texte (une image, un PDF, un document Word)",
    fix: 'enregistrer la dépêche en texte brut (.txt)',
  },
  'file-unreadable': {
    severity: 'error',
    meaning: 'le fichier ne peut pas être lu (droits d’accès, fichier retiré pendant la lecture)',
    fix: 'vérifier les droits du fichier, puis relancer',
  },
  'body-missing': { severity: 'error', meaning: 'un en-tête sans texte après lui', fix: "écrire le texte de la dépêche sous l'en-tête" },
  'date-missing': {
    severity: 'error',
    meaning: 'aucune date : ni en-tête, ni ligne de date, ni pied de dépêche, ni nom de fichier daté',
    fix: 'ajouter une première ligne « date AAAA-MM-JJ » (ou AAAA-MM, AAAA)',
  },
  'date-impossible': { severity: 'error', meaning: "une date qui n'existe pas, comme 2021-13 ou 2021-02-30", fix: 'corriger la date' },
  'date-unreadable': {
    severity: 'error',
    meaning: "la date de l'en-tête ne se lit pas",
    fix: 'écrire AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM',
  },
  'header-unknown-line': {
    severity: 'warning',
    meaning: "une ligne inconnue au-dessus de la ligne de date (ni date, ni ligne de service, ni priorité, ni mots-clés, ni titre) : elle n'est pas publiée",
    fix: 'la retirer, ou la mettre dans le texte',
  },
  'date-from-filename': {
    severity: 'warning',
    meaning: 'aucune date dans la dépêche : elle est datée par le nom de son fichier',
    fix: 'ajouter une première ligne « date AAAA-MM-JJ »',
  },
  'dateline-missing': {
    severity: 'warning',
    meaning: 'pas de ligne de date (« PARIS (AFP) - ») au début du texte : le lieu de la dépêche est inconnu',
    fix: 'commencer le texte par « VILLE (AFP) - » quand le lieu est connu',
  },
  'dateline-date-unreadable': {
    severity: 'warning',
    meaning: 'la date de la ligne de date ne se lit pas : elle est ignorée',
    fix: 'écrire le jour, le mois et l’année (« 25 nov 2014 »)',
  },
  'date-mismatch': {
    severity: 'warning',
    meaning: "deux dates de la dépêche (en-tête, ligne de date, pied) ne s'accordent pas : la plus précise est prise",
    fix: 'corriger celle qui est fausse',
  },
  'quote-unbalanced': {
    severity: 'warning',
    meaning: 'un guillemet sans son pendant : la citation est ignorée',
    fix: 'fermer ou retirer le guillemet',
  },
  'language-not-french': {
    severity: 'warning',
    meaning: "la dépêche n'est pas en français (la page porte sa langue)",
    fix: "vérifier qu'elle a sa place dans l'archive",
  },
  'language-undetermined': {
    severity: 'warning',
    meaning: 'la langue ne se détermine pas (texte trop court ?) : la page est marquée en français',
    fix: 'rien, si le texte est bien en français',
  },
  'body-short': {
    severity: 'warning',
    meaning: 'texte très court (moins de 12 mots, hors FLASH, ALERTE, URGENT) : dépêche tronquée ?',
    fix: 'vérifier que le fichier est complet',
  },
  'body-long': {
    severity: 'warning',
    meaning: 'texte très long (plus de 5 000 mots) : plusieurs dépêches dans un même fichier ?',
    fix: 'enregistrer chaque dépêche dans son fichier',
  },
  duplicate: {
    severity: 'warning',
    meaning: 'la même dépêche enregistrée sous deux noms : elle est publiée une fois, sous le premier',
    fix: "retirer l'une des deux copies",
  },
  'slug-collision': {
    severity: 'warning',
    meaning: "deux dépêches ont le même titre : l'adresse de la plus récente reçoit un suffixe",
    fix: 'rien ; ou donner à l’une un titre distinct',
  },
  'paragraphs-inferred': {
    severity: 'info',
    meaning: 'un texte sans paragraphes, découpé en paragraphes de deux ou trois phrases',
    fix: 'rien ; séparer les paragraphes par une ligne vide pour choisir la coupe',
  },
  'file-too-large': {
    severity: 'error',
    meaning: "un fichier bien plus grand qu'une dépêche (au-delà de quelques mégaoctets) : il n'est pas lu",
    fix: 'le découper en dépêches, ou le retirer de content/',
  },
  'file-encoding': { severity: 'error', meaning: 'un fichier dans un codage que la lecture ne sait pas lire', fix: "l'enregistrer en UTF-8" },
  'file-huge': {
    severity: 'warning',
    meaning: 'un fichier très long pour une dépêche : plusieurs dépêches dans un même fichier ?',
    fix: 'vérifier le fichier ; séparer les dépêches en fichiers',
  },
  'encoding-invalid': {
    severity: 'warning',
    meaning: 'des octets qui ne forment pas de caractère dans le codage du fichier : remplacés par « \uFFFD »',
    fix: 'corriger ces caractères ou réenregistrer le fichier en UTF-8',
  },
  'encoding-mixed': {
    severity: 'warning',
    meaning: 'un fichier qui mêle deux codages (UTF-8 et Windows-1252)',
    fix: 'réenregistrer le fichier en UTF-8',
  },
  'control-character': {
    severity: 'warning',
    meaning: 'un caractère de contrôle (invisible, interdit en XML) : retiré du texte',
    fix: 'rien ; ou le retirer du fichier',
  },
  'bidi-control': {
    severity: 'warning',
    meaning: "un caractère qui change le sens d'écriture (de droite à gauche) : retiré du texte",
    fix: 'rien ; ou le retirer du fichier',
  },
  'date-future': {
    severity: 'warning',
    meaning: 'une date après le jour de la construction du site : la dépêche serait en tête de l’accueil et des flux',
    fix: "vérifier l'année",
  },
  'paragraph-cut': {
    severity: 'info',
    meaning: 'un paragraphe très long sans fin de phrase, coupé entre deux mots',
    fix: 'rien ; ou ponctuer le texte',
  },
  'encoding-double': {
    severity: 'warning',
    meaning: 'un texte encodé deux fois (« Ã©tÃ© », « lâ€™ ») : les accents sont faux',
    fix: 'réenregistrer le fichier en UTF-8 depuis le texte d’origine',
  },
  'combining-marks': {
    severity: 'warning',
    meaning: 'plus de huit accents empilés sur une lettre : ramenés à huit',
    fix: 'rien ; ou corriger le texte',
  },
  'page-front-matter': {
    severity: 'error',
    meaning: "une page (content/pages/*.md) dont l'en-tête --- … --- ne se lit pas",
    fix: "écrire l'en-tête en YAML simple : « title: Son titre », « date: AAAA-MM-JJ »",
  },
  'page-title-missing': { severity: 'error', meaning: 'une page sans titre dans son en-tête', fix: 'ajouter « title: Son titre » dans l’en-tête' },
  'page-date': { severity: 'error', meaning: "une page dont la date n'existe pas ou ne se lit pas", fix: 'écrire la date AAAA-MM-JJ' },
  'page-name-reserved': {
    severity: 'error',
    meaning: 'une page dont le nom de fichier est une adresse du site (archives, lieux, recherche, une année…)',
    fix: 'renommer le fichier',
  },
  'page-name-collision': { severity: 'error', meaning: 'deux pages qui auraient la même adresse', fix: "renommer l'un des fichiers" },
  'page-field-unknown': {
    severity: 'warning',
    meaning: "un champ inconnu dans l'en-tête d'une page : ignoré",
    fix: 'seuls title, date et description sont lus',
  },
  'page-body-empty': { severity: 'warning', meaning: 'une page sans texte après son en-tête', fix: 'écrire le texte de la page' },
  'page-raw-html': { severity: 'warning', meaning: "du HTML brut dans une page : il n'est pas publié", fix: 'écrire en Markdown' },
  'page-link-unsafe': {
    severity: 'warning',
    meaning: 'un lien vers une adresse dangereuse (javascript:, data:, file:…) : le lien est retiré, ses mots restent',
    fix: 'lier une adresse http(s) ou une page du site',
  },
  'page-image-external': {
    severity: 'warning',
    meaning: "une image d'un autre site : retirée (la politique de sécurité du site ne charge que ses propres images)",
    fix: 'mettre l’image dans public/ et la lier depuis le site',
  },
  'archive-shrink': {
    severity: 'error',
    meaning: 'la construction retirerait plus de la moitié des dépêches publiées (dossier content/ vide ou erroné ?) : refusée',
    fix: 'vérifier --content ; pour retirer ces dépêches exprès, relancer avec --allow-shrink',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** The severity a rule's messages carry. */
export type SeverityOf<R extends RuleId> = (typeof RULES)[R]['severity'];

export const SEVERITY_NAMES = { error: 'erreur', warning: 'avertissement', info: 'info' } as const;

/** The README's list of rules, as Markdown (between its `rules` markers). */
export function rulesMarkdown(): string {
  const rows = (Object.entries(RULES) as [RuleId, Rule][]).map(([id, r]) => `| \`${id}\` | ${SEVERITY_NAMES[r.severity]} | ${r.meaning} | ${r.fix} |`);
  return ['| règle | gravité | ce qu’elle signale | que faire |', '|---|---|---|---|', ...rows].join('\n');
}
