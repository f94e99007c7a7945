// Words the attribution and entity rules rely on, in French, English and
// Spanish. Lists, not code: extend them here when copy uses a new word.
import { fold } from '../dates.ts';


// First-group (-er) reporting verbs by stem; every tense is generated from
// the stem, so "indiquait", "indiqueront" and "a indiqué" all match.
const ER_STEMS = [
  'indiqu', 'déclar', 'affirm', 'soulign', 'précis', 'confirm', 'ajout', 'estim', 'expliqu', 'annon[cç]',
  'assur', 'dénon[cç]', 'rapport', 'insist', 'martel', 'racont', 'témoign', 'confi', 'observ', 'relev',
  'rappel', 'regrett', 'déplor', 'jug', 'considér', 'protest', 'exclam', 'lâch', 'gliss', 'soupir', 'lan[cç]',
  'tonn', 'fustig', 'juge', 'interroge', 'accus', 'signal', 'souhait', 'espér', 'interrog', 'demand', 'détaill', 'révél',
  'salu', 'évoqu', 'qualifi', 'comment', 'proclam', 'répét', 'réclam', 'clam', 'prôn', 'plaid', 'résum',
  'tweet', 'poursuiv', 'réagi', 'not', 'prévien', 'averti', 'analys', 'nuan', 'tempér', 'rassur',
  'alert', 'avou', 'décri', 'parl', 'reconn', 'énum', 'pré[cv]', 'insinu', 'abond', 'renchér', 'martèl',
  'appel', 'exhort', 'réitér', 'concéd', 'résum', 'ironis', 'regrett', 'dédramatis', 'certifi', 'jur',
];
const ER_ENDINGS = '(?:e|es|ent|ait|aient|é|ée|és|ées|era|eront|erait|eraient|ant|a|èrent|ons|ez)';
// Other verbs, listed form by form.
const IRREGULAR = [
  'dit', 'dis', 'disent', 'disait', 'disaient', 'dira', 'diront', 'dirait', 'disant', 'dise',
  'répond', 'répondu', 'répondait', 'répondent', 'répondant',
  'reconnaît', 'reconnait', 'reconnu', 'reconnue', 'reconnaissait', 'reconnaissant',
  'admet', 'admis', 'admettait', 'soutient', 'soutenu', 'soutenait', 'soutenant',
  'prévient', 'prévenu', 'prévenait', 'prévenant', 'promet', 'promis', 'promettait',
  'écrit', 'écrivait', 'écrivent', 'sourit', 'souri', 'souriait', 'poursuit', 'poursuivi', 'poursuivait',
  'conclut', 'conclu', 'craint', 'craignait', 'dément', 'démenti', 'démentait',
  'avertit', 'averti', 'avertissait', 'renchérit', 'renchéri', 'réagit', 'réagi', 'réagissait',
  'décrit', 'décrivait', 'décrivant', 'appris', 'mis en garde', 'met en garde', 'fait savoir', 'fait valoir',
  'félicité', 'félicitée', 'félicite', 'indigné', 'indignée', 'indigne', 'inquiété', 'inquiétée', 'inquiète',
  'réjoui', 'réjouie', 'réjouit', 'interrogé', 'exclamé',
];
// English and Spanish reporting verbs.
const FOREIGN = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'explained', 'stated', 'noted', 'warned', 'insisted',
  'announced', 'confirmed', 'wrote', 'urged', 'declared', 'described', 'claimed', 'argued', 'acknowledged',
  'recalled', 'stressed', 'underlined', 'reported', 'tweeted', 'asked', 'estimated', 'cautioned',
  'dijo', 'afirmó', 'declaró', 'señaló', 'explicó', 'indicó', 'aseguró', 'agregó', 'añadió', 'precisó',
  'manifestó', 'sostuvo', 'advirtió', 'comentó', 'destacó', 'subrayó', 'anunció', 'informó', 'reconoció',
  'dice', 'afirma', 'declara', 'asegura', 'explica', 'denunció', 'lamentó', 'celebró',
  'escribió', 'publicó', 'detalló', 'apuntó', 'expresó', 'insistió', 'reiteró', 'recordó', 'consideró', 'estimó', 'admitió',
  'dijeron', 'afirmaron', 'indicaron', 'señalaron', 'informaron', 'aseguraron', 'denunciaron', 'explicaron',
  'posted', 'conceded', 'admitted', 'replied', 'shouted', 'pleaded', 'remarked', 'testified', 'predicted', 'vowed',
];

const L = '\\p{L}';
export const REPORTING_VERB = new RegExp(
  `(?<![${L}])(?:(?:${ER_STEMS.join('|')})${ER_ENDINGS}|${IRREGULAR.join('|')}|${FOREIGN.join('|')})(?![${L}])`,
  'iu',
);
export const REPORTING_VERB_G = new RegExp(REPORTING_VERB.source, 'giu');

/** Words that look like reporting verbs but are nouns or adjectives in copy. */
export const NOT_VERBS = new Set(['note', 'notes', 'demande', 'demandes', 'appel', 'jure', 'lance', 'parle', 'relevé', 'comment', 'observe', 'mette', 'présent', 'prévu', 'prévue', 'prévus', 'prévues', 'précise', 'précis', 'appelé', 'appelée']);

export const AUXILIARIES = /^(?:a|ont|avait|avaient|aurait|auraient|aura|auront|est|sont|était|étaient|s'est|se sont|s'était|va|vont|allait|vient de|venait de|has|have|had|was|were|will|would|ha|han|había|habían)$/iu;

// Words between an auxiliary and its participle that are not the subject.
export const ADVERBS = new Set([
  'déjà', 'encore', 'aussi', 'également', 'ensuite', 'alors', 'toutefois', 'cependant', 'pourtant', 'même',
  "d'ailleurs", 'ainsi', 'notamment', 'lui-même', 'elle-même', 'enfin', 'plus', 'tard', 'immédiatement',
  'also', 'later', 'earlier', 'then', 'quickly', 'further', 'however', 'también', 'además',
]);

export const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'he', 'she', 'they', 'él', 'ella', 'ellos', 'ellas', 'lui', 'eux']);

export const DETERMINERS = /^(?:le|la|les|l['’]|un|une|des|du|de|d['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|the|a|an|el|los|las|su|sus|un|una|unos|unas|plusieurs|deux|trois|quelques)\s+/iu;
export const DEFINITE = /^(?:(?:le|la|les|son|sa|ses|leur|leurs|the|el|los|las|su|sus)\s+|l['’]\s*)/iu;

// Nouns that refer back to an organisation named earlier ("selon l'ONG").
export const ORG_ANAPHORS = new Set([
  'ong', 'organisation', 'institut', 'ministère', 'parti', 'constructeur', 'groupe', 'entreprise', 'société',
  'juridiction', 'tribunal', 'office', 'agence', 'observatoire', 'syndicat', 'association', 'fédération',
  'compagnie', 'club', 'department', 'ministry', 'authority', 'agency', 'company', 'organization', 'group',
  'palace', 'partido', 'ministerio', 'organización', 'empresa', 'commission', 'exploitant',
  'parquet', 'organisme', 'organismo', 'institution', 'institución', 'autorité', 'régulateur', 'faîtière', 'établissement',
  'tribunal', 'court', 'cour', 'statement', 'communiqué', 'agencia', 'entité', 'collectivité', 'métropole',
]);

// People named by what they do, who may be the person just named
// ("assure le berger", "le marin de 58 ans a raconté").
export const PERSON_NOUNS = new Set([
  'berger', 'bergère', 'marin', 'navigateur', 'navigatrice', 'éleveur', 'éleveuse', 'agriculteur', 'agricultrice',
  'artiste', 'chanteur', 'chanteuse', 'écrivain', 'écrivaine', 'acteur', 'actrice', 'comédien', 'comédienne',
  'sportif', 'sportive', 'joueur', 'joueuse', 'coureur', 'coureuse', 'athlète', 'skipper', 'alpiniste',
  'octogénaire', 'septuagénaire', 'sexagénaire', 'quinquagénaire', 'retraité', 'retraitée', 'cinéaste',
  'réalisateur', 'réalisatrice', 'romancier', 'romancière', 'musicien', 'musicienne', 'pilote', 'champion',
  'championne', 'entraîneur', 'sélectionneur', 'vigneron', 'vigneronne', 'pêcheur', 'boulanger', 'militant',
  'militante', 'survivant', 'survivante', 'rescapé', 'rescapée',
]);

// Roles that make an unnamed source an official one.
export const OFFICIAL_WORDS = /(?<![\p{L}])(?:ministre|ministère|gouvernement|gouverneur|préfet|préfète|préfecture|procureur|procureure|parquet|police|policier|policière|gendarmerie|gendarme|pompiers?|sapeurs-pompiers|secours|mairie|maire|président|présidente|présidence|porte-parole|responsable|fonctionnaire|diplomate|diplomatiques?|ambassade|ambassadeur|autorités?|armée|militaire|état-major|elysée|matignon|commission européenne|conseiller|conseillère|sénateur|sénatrice|député|députée|élu|élue|juge|tribunal|cour|justice|judiciaire|sécuritaire|protection civile|administration|service|direction départementale|office|centre national|institut national|department|ministry|minister|government|official|officials|authority|authorities|palace|police|spokesman|spokeswoman|secretary|gobierno|ministerio|autoridad|policía|escrutinio|fiscalía|météo-france)(?![\p{L}])/iu;
export const MEDIA_WORDS = /(?<![\p{L}])(?:journal|quotidien|hebdomadaire|magazine|radio|télévision|chaîne|agence de presse|site d'information|newspaper|daily|broadcaster|periódico|diario|cadena)(?![\p{L}])/iu;
export const ORG_WORDS = /(?<![\p{L}])(?:ong|organisation|association|syndicat|fédération|confédération|union|entreprise|société|groupe|compagnie|parti|fondation|observatoire|institut|comité|ligue|club|banque|croix-rouge|coalition|exploitant|constructeur|direction|équipe|chambre|company|group|organization|partido|empresa|sindicato|fundación)(?![\p{L}])/iu;

export const KNOWN_MEDIA = new Set(['le monde', 'libération', 'le figaro', 'le parisien', "l'équipe", 'les echos', 'ouest-france', 'france inter', 'france info', 'franceinfo', 'bfmtv', 'tf1', 'france 2', 'canal+', 'rtl', 'europe 1', 'al-watan', 'al-jazeera', 'al jazeera', 'bbc', 'cnn', 'new york times', 'washington post', 'the guardian', 'el país', 'el mundo', 'reuters']);

export { KNOWN_ORGS, KNOWN_PLACES, knownPlace } from './gazetteer.ts';

// Capitalised words that open a sentence or a name-like run but are not names.
export const NOT_NAME_WORDS = new Set(
  [
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'en', 'dans', 'pour', 'selon', 'après',
    'avant', 'mais', 'et', 'il', 'elle', 'ils', 'elles', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'sur',
    'sous', 'par', 'avec', 'sans', 'chez', 'vers', 'depuis', 'pendant', 'lors', 'devant', 'derrière', 'plus',
    'près', 'face', 'ici', 'aujourd', 'hier', 'demain', 'seules', 'seuls', 'seul', 'seule', 'tous', 'toutes',
    'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'of', 'with', 'and', 'but', 'her', 'his', 'their',
    'el', 'los', 'las', 'una', 'unos', 'su', 'sus', 'según', 'tras', 'con', 'ante',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet',
    'août', 'septembre', 'octobre', 'novembre', 'décembre', 'january', 'february', 'march', 'april', 'may',
    'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'm.', 'mme', 'mlle', 'me', 'mgr', 'dr', 'pr', 'mr', 'mrs', 'ms', 'sir', 'lord', 'saint', 'sainte',
    'etat', 'état', 'etats-unis', 'affaires', 'nations', 'droits', 'homme', 'république', 'ligue', 'coupe',
    'premier', 'première', 'président', 'présidente', 'ministre', 'prime', 'minister', 'president', 'secretary',
    'queen', 'king', 'prince', 'princess', 'chancellor', 'senator', 'governor', 'mayor', 'general', 'chairman',
    'presidente', 'ministro', 'ministra', 'rey', 'reina', 'agriculture', 'économie', 'economía', 'football',
    'festival', 'climat', 'gaz', 'canicule', 'afp', 'nord', 'sud', 'est', 'ouest', 'abbey', 'canal',
  ].map(fold),
);

// Honorifics: a person's title, never their role ("le Dr", "M.", "Mgr").
export const HONORIFICS = String.raw`M\.|MM\.|Mme|Mmes|Mlle|Me\.?|Mgr\.?|Dr\.?|Pr\.?`;
// Titles and roles that stand before a name and are not part of it.
export const NAME_TITLES = new RegExp(String.raw`^(?:${HONORIFICS}|Mr\.?|Mrs\.?|Ms\.?|Sir|Lord|Prime|Minister|President|Secretary|Queen|King|Prince|Princess|Chancellor|Senator|Governor|Mayor|General|Chairman|Agriculture|Foreign|Defence|Defense|Interior|Finance|Health|Labour|Labor|Justice|Education|Pope|Father|Sister|Brother|Judge|Justice|Rev|Reverend|Sen|Senator|Rep|Gov|Detective|Sergeant|Sgt|Captain|Capt|Colonel|Col|Lieutenant|Lt|Officer|Commissioner|Inspector|Bishop|Archbishop|Rabbi|Imam|Juez|Jueza|Fiscal|Doctor|Doctora|Dra\.?|Sr\.?|Sra\.?|Don|Doña)$`, 'u');

// Words that make a capitalised run an organisation rather than a person.
export const ORG_HEADS = new Set(
  [
    'commission', 'parlement', 'assemblée', 'conseil', 'cour', 'tribunal', 'banque', 'institut', 'observatoire',
    'organisation', 'agence', 'union', 'fédération', 'confédération', 'syndicat', 'parti', 'front', 'comité',
    'office', 'haut-commissariat', 'croix-rouge', 'fondation', 'association', 'université', 'ministère', 'palais',
    'direction', 'centre', 'bureau', 'ligue', 'forces', 'armée', 'department', 'ministry', 'authority', 'agency',
    'council', 'party', 'palace', 'forum', 'group', 'company', 'corporation', 'bank', 'university', 'congress',
    'partido', 'comunidad', 'asamblea', 'ministerio', 'gobierno', 'airlines', 'as', 'fc', 'chu', 'chr',
    'navy', 'army', 'assembly', 'senate', 'parliament', 'court', 'police', 'rugby', 'football', 'stade', 'stadium',
    'arena', 'institute', 'foundation', 'school', 'hospital', 'congreso', 'parlamento', 'senado', 'fiscalía',
  ].map(fold),
);

export const ORDINALS = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

// Particles inside names: Bachar el-Assad, Rami Abdel Rahmane, Annabelle Le Goff.
/** Lower-case heads of institutions named after a place: "tribunal administratif de Rennes". */
export const INSTITUTION_HEADS = ['tribunal', 'parquet', 'comité', 'office', 'agence', 'fédération', 'préfecture', 'sous-préfecture', 'cour', 'conseil municipal', 'conseil régional', 'conseil départemental', 'chambre', 'parc', 'ministère', 'mairie', 'université', 'hôpital', 'centre hospitalier', 'musée', 'théâtre', 'commissariat', 'rectorat', 'académie', 'diocèse', 'archevêché', 'gendarmerie', 'assemblée', 'ministry', 'department', 'university', 'ministerio', 'gobierno', 'tribunal supremo'];

export const NOT_ORG_ACRONYMS = new Set(['AFP', 'GMT', 'UTC', 'CFA', 'HT', 'TTC', 'KM', 'MW', 'GW', 'NDLR', 'PDG', 'DG', 'TV', 'PIB', 'SMS', 'GPS', 'ADN', 'OK', 'PS', 'USA', 'UK', 'II', 'III', 'IV', 'VI', 'XX', 'XXI', 'XIX', 'CEO', 'AM', 'PM', 'FLASH', 'URGENT', 'ALERTE', 'BULLETIN', 'IA', 'AI', 'TVA', 'ONG', 'NGO', 'AOP', 'AOC', 'IGP', 'NHS', 'CDI', 'CDD', 'BTP', 'RER', 'TGV', 'SUV', 'VTC', 'HLM', 'COVID', 'SIDA', 'VIH']);

export const NAME_PARTICLES = new Set(['de', 'du', 'des', 'da', 'di', 'dos', 'del', 'van', 'von', 'der', 'den', 'ben', 'bin', 'ibn', 'abu', 'abou', 'ould', 'al', 'el', 'le', 'la', 'y']);

// Phrase shapes the attribution rules read, built from words as the lists above are.
/** Where a clause of its own starts, inside a sentence. */
export const CLAUSE_BREAK = /(?:;|:\s|(?<![\p{L}])(?:quand|lorsque|alors qu(?:e\s|['’])|tandis qu(?:e\s|['’])|while\s|whereas\s|mientras\s)|[»”"]\s*,?\s)/giu;
/** "selon X", "d'après X", "according to X", "según X": the information comes from X. */
export const CUE_WORDS = "selon|d['’]après|according to|según|de acuerdo con";
/** "auprès de l'OSDH", "appris (jeudi) de source policière". */
export const FROM_SOURCE = /(?:auprès\s+(?:de\s+(?=l['’]|la\s|les\s)|d(?=es\s|u\s)|de\s|d['’])|appris\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|midi|soir|après-midi))?\s+)?de\s+(?=source))/giu;
/** ", joint par l'AFP": the subject before it is a source. */
export const REACHED_BY = /,\s*(?:joint|jointe|contacté|contactée|interrogé|interrogée)s?\s+par\s+(?:l['’]AFP|téléphone)/giu;
/** Words that open an introductory phrase before a subject ("Dans un communiqué, …", "Lundi, …"). */
export const INTRO = /^(?:un peu plus loin|plus loin|non loin|à (?:ses|leurs) côtés|dans la foule|à la barre|dans|lors|après|avant|sur|sous|en|devant|face|par|depuis|dès|pendant|interrogée?s?|jointe?s?|contactée?s?|citée?s?|in|on|at|after|before|during|asked|speaking|tras|durante|ante|mais|toutefois|cependant|pourtant|ainsi|enfin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)(?![\p{L}])/iu;
/** A participle or a state in apposition, not a name or a role ("interrogée par l'AFP", "âgé de 40 ans"). */
export const PARTICIPLE_PHRASE = /^(?:jointe?s?|contactée?s?|interrogée?s?|citée?s?|appointed|elected|speaking|visiblement|en larmes|\d+ ans|âgée? de)(?![\p{L}])/iu;
/** Relative pronouns: a relative clause is not part of the subject. */
export const RELATIVE = /^(?:qui|dont|où|que|qu['’]|who|which|whose|that|quien|que)(?![\p{L}])/iu;
/** "afirmó en Ginebra el portavoz", "a déclaré à Genève le ministre": a place between the verb and the speaker (case matters: no i flag). */
export const PLACE_ADVERBIAL = /^(?:en|à|in|desde|depuis|from) [\p{Lu}][\p{L}-]+[\s,]+(?=(?:el|la|le|les|l['’]|the|un|une|a|an|[\p{Lu}])[\s'’])/u;
/** Where a speaker named after the verb ends (the period of a title or an initial does not: npEnd in phrases.ts). */
export const NP_END = /(?:[.;:!?]|\s(?:qui|dont|où|lors|pour|dans|devant|depuis|après|avant|sur|sous|en|au|aux|avec|mais|et qui|tout en|in|on|at|during|who|which|after|before|ante|durante|tras|quand|alors|tandis)(?![\p{L}])|\sà\s(?:la|l['’])\s?(?:sortie|issue|fin|veille|suite|télévision|radio|presse|AFP|barre|tribune)|,\s(?:qui|dont|où|en|lors|tout|selon|avant|après|mais|in|on|who|which)(?![\p{L}])|\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}]))/giu;
/** Adverbials between a reporting verb and the speaker named after it ("a déclaré à l'AFP X", "said in a statement X"). */
export const LEADING_ADVERBIAL = /^(?:a la AFP|a la prensa local|by phone|por teléfono|un peu plus loin|plus loin|à la barre|à la tribune|à (?:ses|leurs) côtés|dans la foule|à l['’]AFP|à la presse|aux journalistes|aux médias|à des journalistes|au micro(?: de \S+)?|à la (?:télévision|radio)(?: [\p{Ll}]+)*(?: [\p{Lu}]\S*)?|dans (?:un|une|son|sa|le|la) (?:communiqué|entretien|interview|déclaration|message|texte|lettre|courrier|tweet)(?: [\p{Ll}]+)*|sur (?:Twitter|X|Facebook|Instagram|son compte \S+|les réseaux sociaux|France \S+|RTL|BFMTV|LCI|franceinfo|RFI)|lors d['’]une? [\p{L} -]+?(?=[,.;]|$)|encore|ensuite|aussi|également|alors|enfin|pour sa part|de son côté|quant à (?:lui|elle)|en une? [\p{L} ]+?(?=,|$)|en una? [\p{L} ]+|a la prensa|to reporters|in a statement|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|ante (?:los|las|el|la|unos|unas|un|una) [\p{L} ]+?(?=[,.;]|$)|devant (?:la presse|les journalistes|les députés|les sénateurs|ses partisans)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:matin|midi|soir|après-midi))?|hier|dans la (?:soirée|matinée|journée|nuit))[\s,]*/iu;
/** Words that cannot open a role in apposition ("selon Paul Martin, la ville…" is a clause, not a role). */
export const NOT_ROLE_START = /^(?:le|la|les|l['’]|un|une|des|du|de|d['’]|ce|cet|cette|ces|c['’]|son|sa|ses|leur|leurs|il|elle|ils|elles|on|nous|vous|je|j['’]|tu|lui|eux|à|au|aux|en|dans|depuis|pour|par|sur|sous|avec|sans|après|avant|lors|pendant|selon|et|mais|ou|donc|car|ni|puis|alors|ainsi|aussi|déjà|encore|toujours|même|ne|n['’]|qui|que|qu['’]|dont|où|si|s['’]|tout|tous|toute|toutes|aucun|aucune|rien|personne|plus|moins|très|y|cela|ça|ceci|jamais|pas)(?![\p{L}])/iu;
/** A finite verb: a phrase that holds one is a clause, not a role. */
export const FINITE_VERB = /(?<![\p{L}])(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|serait|va|vont|doit|doivent|peut|peuvent|fait|font|ne|n['’])(?![\p{L}])/iu;
/** Verbs that report speech only around a quote ("La Russie a lancé une invasion" reports nothing). */
export const QUOTE_ONLY_VERBS = /^(?:lan[cç]|lâch|gliss|tonn|appel|réclam|accus|souhait|espér|demand|qualifi|évoqu|salu|promi|promet|lancé)/iu;
/** Irregular past participles of reporting verbs. */
export const PARTICIPLES = new Set(['dit', 'dits', 'dite', 'écrit', 'écrite', 'reconnu', 'reconnue', 'répondu', 'soutenu', 'prévenu', 'promis', 'admis', 'poursuivi', 'averti', 'réagi', 'conclu', 'démenti', 'décrit', 'souri', 'appris', 'renchéri']);
/** Participles that are also a present tense ("il dit", "elle écrit"). */
export const PRESENT_TOO = new Set(['dit', 'écrit', 'décrit']);
export const CUE = new RegExp(`(?<![\\p{L}])(?:${CUE_WORDS})\\s+`, 'iu');
export const CUE_G = new RegExp(CUE.source, 'giu');
export const CUE_START = new RegExp(`^(?:${CUE_WORDS})(?![\\p{L}])`, 'iu');
/** Auxiliaries and clitics that, just before a word of the list, make it a verb ("a déclaré", "n'a pas dit", "has said"). */
export const AUX_BEFORE_VERB = /(?:^|[\s'’-])(?:a|ont|avait|avaient|aurait|auraient|aura|s['’]est|se sont|s['’]était|has|have|had|ha|han|había|va|vont|n['’]a|n['’]ont|l['’]a|lui a|leur a|y a|l['’]avait|a-t-(?:il|elle|on)|ont-ils|ont-elles)(?:\s+(?:[\p{L}'’-]+\s+){0,2}?)?\s*$/iu;
/** The few reflexive forms that report speech ("s'est félicité"); "s'est déclaré" (a fire) does not. */
export const REFLEXIVE_REPORTING = new Set(['félicité', 'félicitée', 'indigné', 'indignée', 'inquiété', 'inquiétée', 'réjoui', 'réjouie', 'exclamé', 'exclamée', 'interrogé', 'interrogée', 'dit', 'dite']);
/** Auxiliaries, negation, clitics and adverbs that stand between a subject and its verb. */
export const SUBJECT_TAIL = /(?:\s|^)(?:a|ont|avait|avaient|aurait|auraient|aura|est|sont|s['’]est|se sont|s['’]était|n['’]a|n['’]ont|n['’]avait|ne|l['’]a|l['’]avait|lui a|leur a|has|have|had|was|ha|han|había|va|vont|pas|jamais|[\p{L}'’-]+(?:amment|emment)|notamment|également|finalement|immédiatement|longuement|vivement|fermement|clairement|publiquement|directement|ouvertement|officiellement|seulement|rapidement|personnellement|d['’]ailleurs|encore|déjà|aussi|également|ensuite|alors|lui-même|elle-même|quant à (?:lui|elle)|pour sa part|de son côté|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:matin|midi|soir|après-midi))?|hier|also|later|then)\s*$/iu;

// What is never a source's name (issue: "a name or nothing").
/** Counts and quantities: "Au moins 12 personnes", "Plus de 3.000 manifestants", "42% des sondés", "une vingtaine d'assaillants", "la majorité des habitants". */
export const COUNT = /^(?:(?:au moins|au minimum|plus d['’]|plus de|moins de|près de|environ|quelque|at least|more than|fewer than|about|al menos|más de|menos de|unos|unas|alrededor de)\s+)?(?:\d|(?:une?|one|a)\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|millier|dozen|hundred|thousand|decena|centenar|millar)|(?:des|de|plusieurs|dozens|hundreds|thousands|decenas|cientos|miles)\s+(?:dizaines|centaines|milliers|of|de)|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|mille|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|la majorité|la plupart|la moitié|nombre d|beaucoup|the majority|most of|la mayoría|la mitad)(?![\p{L}])/iu;
/** A document whose author is the source ("un sondage Ifop publié jeudi", "une étude de l'Insee"): the author is taken, or nothing. */
export const DOCUMENT = /^(?:un|une|le|la|les|l['’]|ce|cet|cette|ces|the|a|an|el|los|las|una|son|sa|ses|leur|its|their|su|sus)\s*(?:sondage|étude|enquête|rapport|décompte|document|données|chiffres|estimation|estimations|prévisions|statistiques|baromètre|note|bilan|poll|survey|study|estimate|figures|data|encuesta|informe|estudio|sondeo|cifras|datos|balance)(?![\p{L}])(.*)$/iu;
/** Demonstratives and "la même source": they point back to something named before. */
export const ANAPHORA = /^(?:(?:ce|cet|cette|ces)\s|(?:la|le|les)\s+mêmes?\s|de\s+même\s+source|this\s|these\s|(?:esta|este|estos|estas)\s|(?:la|el|las|los)\s+mism[ao]s?\s)/iu;
/** A role alone, perhaps with an adjective ("la magistrate", "le jeune candidat"): the person just named, or nobody. */
export const ROLE_ANAPHOR = /^(?:(?:jeune|ancien|ancienne|nouveau|nouvelle|haut|haute)\s+)?(?:ministre|magistrat|magistrate|dirigeant|dirigeante|candidat|candidate|procureur|procureure|juge|avocat|avocate|élu|élue|maire|préfet|préfète|président|présidente|directeur|directrice|patron|patronne|député|députée|sénateur|sénatrice|chef|cheffe|commissaire|secrétaire|gouverneur|porte-parole|policier|policière|syndicaliste|opposant|opposante|chercheur|chercheuse|expert|experte|médecin|infirmier|infirmière|témoin|suspect|prévenu|prévenue|accusé|accusée|entrepreneur|entrepreneuse|économiste|analyste|envoyé|envoyée|émissaire|représentant|représentante|délégué|déléguée|ambassadeur|ambassadrice|minister|official|spokesman|spokeswoman|envoy|ministro|ministra|portavoz|funcionario|funcionaria|enviado|enviada)(?:\s+[\p{Ll}-]+)?$/u;
/** A verb of its own: the phrase is a clause, not a name ("la majorité des postes se trouvent à Meyrin"). */
export const CLAUSE_VERB = /(?<![\p{L}])(?:(?:se\s+|s['’])[\p{Ll}]+|ont|sont|est|était|étaient|avait|avaient|sera|seront|serait|font|vont|doit|doivent|peut|peuvent|was|were|is|are|has|have|had|fue|fueron|han|obtuvo)(?![\p{L}])/u;
/** Organisations a reader knows by their head word alone, or by head and adjective: not truncated names. */
export const STANDALONE_INSTITUTIONS = new Set(
  ['parlement', 'sénat', 'congrès', 'congress', 'senate', 'parliament', 'bundestag', 'kremlin', 'pentagone', 'pentagon', 'elysée', 'élysée', 'matignon', 'assemblée nationale', 'banque mondiale', 'garde nationale', 'police nationale', 'gendarmerie nationale', 'éducation nationale', 'police fédérale', 'conseil fédéral', 'asamblea nacional', 'guardia nacional', 'congreso nacional', 'congreso', 'parlamento', 'senado', 'fiscalía', 'palais fédéral'].map(fold),
);
/** Groups a reader accepts as a source by their noun alone ("selon les organisateurs", "witnesses said"). */
export const COLLECTIVE_SOURCES = new Set(
  ['syndicats', 'organisateurs', 'organisatrices', 'intersyndicale', 'manifestants', 'habitants', 'témoins', 'riverains', 'autorités', 'secouristes', 'enquêteurs', 'sauveteurs', 'militaires', 'policiers', 'médecins', 'proches', 'voisins', 'élus', 'experts', 'analystes', 'economists', 'analysts', 'witnesses', 'residents', 'authorities', 'officials', 'rescuers', 'vecinos', 'testigos', 'autoridades', 'rescatistas', 'fiscalía', 'famille', 'familles', 'promoteurs', 'direction', 'opposition', 'majorité'].map(fold),
);
/** Words that cannot make a name alone: articles, pronouns, conjunctions, prepositions. */
export const FUNCTION_WORDS = new Set(
  ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'à', 'a', 'en', 'et', 'ou', 'qui', 'que', 'dont', 'lesquels', 'lesquelles', 'lequel', 'laquelle', 'il', 'elle', 'ils', 'elles', 'on', 'ce', 'cette', 'ces', 'the', 'an', 'of', 'and', 'or', 'el', 'los', 'las', 'uno', 'una', 'y', 'its', 'their'].map(fold),
);
