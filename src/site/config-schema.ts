// depeches.config.json checked against its schema (schema/depeches.config.schema.json),
// each problem said in French with the key it is about. The schema is read
// here by a small reader of the keywords it uses, rather than by ajv: ajv's
// loading and compiling cost about 0.2 s of every build, and the tests check
// that ajv and this reader agree on the schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMAS } from './paths.ts';

export interface ConfigSchema {
  type?: 'object' | 'string' | 'integer';
  description?: string;
  properties?: Record<string, ConfigSchema>;
  required?: string[];
  additionalProperties?: boolean;
  minLength?: number;
  minimum?: number;
  pattern?: string;
  format?: 'uri';
}

// Keywords that only document the schema; any other is refused, so that no rule
// written into the schema is silently left unchecked here.
const DOCUMENTING = new Set(['$schema', '$id', 'title', 'description', '$comment']);
const CHECKED = new Set(['type', 'properties', 'required', 'additionalProperties', 'minLength', 'minimum', 'pattern', 'format']);

function assertKnownKeywords(schema: object, at: string): void {
  for (const [keyword, value] of Object.entries(schema)) {
    if (!DOCUMENTING.has(keyword) && !CHECKED.has(keyword))
      throw new Error(`schéma de depeches.config.json : mot-clé ${keyword} (à ${at || 'la racine'}) que config-schema.ts ne vérifie pas`);
    if (keyword === 'properties') for (const [k, sub] of Object.entries(value as object)) assertKnownKeywords(sub as object, at ? `${at}.${k}` : k);
  }
}

let loaded: ConfigSchema | null = null;

export function configSchema(): ConfigSchema {
  if (loaded) return loaded;
  const schema = JSON.parse(readFileSync(path.join(SCHEMAS, 'depeches.config.schema.json'), 'utf8')) as ConfigSchema;
  assertKnownKeywords(schema, '');
  loaded = schema;
  return schema;
}

const TYPE_NAMES = { object: 'un objet { … }', string: 'un texte entre guillemets', integer: 'un nombre entier' } as const;

const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 60) ?? String(value);

/** The closest known key within two edits, for a misspelt one. */
function closest(key: string, known: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++)
        next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      row = next;
    }
    return row[b.length]!;
  };
  const best = known.map((k) => [k, distance(key, k)] as const).sort((a, b) => a[1] - b[1])[0];
  return best && best[1] <= 2 ? best[0] : undefined;
}

function typeOk(type: ConfigSchema['type'], value: unknown): boolean {
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'string') return typeof value === 'string';
  if (type === 'integer') return Number.isInteger(value);
  return true;
}

/** Every problem of `value` against `schema`, each a French sentence naming its key; none: valid. */
export function configProblems(value: unknown, schema: ConfigSchema = configSchema(), at = ''): string[] {
  const name = at ? `« ${at} »` : 'le fichier';
  const hint = schema.description ? ` : ${schema.description}` : '';
  if (!typeOk(schema.type, value)) return [`${name} doit être ${TYPE_NAMES[schema.type!]} (ici : ${shown(value)})${hint}`];
  const problems: string[] = [];
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) problems.push(`${name} ne doit pas être vide${hint}`);
    const uriOk = schema.format !== 'uri' || URL.canParse(value);
    if ((schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) || !uriOk)
      problems.push(`${name} invalide (ici : ${shown(value)}) ; attendu${hint || ' : autre chose'}`);
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum)
    problems.push(`${name} doit valoir au moins ${schema.minimum} (ici : ${value})${hint}`);
  if (schema.type === 'object') {
    const object = value as Record<string, unknown>;
    const known = Object.keys(schema.properties ?? {});
    for (const key of schema.required ?? [])
      if (!(key in object))
        problems.push(`« ${at ? `${at}.` : ''}${key} » manque${schema.properties?.[key]?.description ? ` : ${schema.properties[key].description}` : ''}`);
    for (const [key, sub] of Object.entries(object)) {
      const where = at ? `${at}.${key}` : key;
      const subSchema = schema.properties?.[key];
      if (subSchema) problems.push(...configProblems(sub, subSchema, where));
      else if (schema.additionalProperties === false) {
        const guess = closest(key, known);
        problems.push(
          `clé inconnue « ${where} »${guess ? ` (voulait-on dire « ${at ? `${at}.` : ''}${guess} » ?)` : ''} ; clés possibles : ${known.filter((k) => k !== '$schema').join(', ')}`,
        );
      }
    }
  }
  return problems;
}
