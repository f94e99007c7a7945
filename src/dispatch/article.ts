// The data contract: mirrors ../shared/article.schema.json field for field.
// Parser, `parse` command and templates all read this shape.

export type DatePrecision = 'year' | 'month' | 'day' | 'minute';
export type DateOrigin = 'header' | 'dateline' | 'footer';
export type Priority = 'FLASH' | 'BULLETIN' | 'URGENT' | 'ALERTE';
export type Severity = 'error' | 'warning' | 'info';

export interface ArticleDate {
  /** As precise as the file states: 2021, 2021-11, 2021-11-25 or 2021-11-25T14:32, a time with the offset it was written with (2021-11-25T14:32+05:00) */
  value: string;
  precision: DatePrecision;
  from?: DateOrigin;
}

export interface SourceFile {
  /** Path relative to the project root, e.g. content/raqa.txt */
  file: string;
  sha256: string;
  encoding: string;
}

export interface Dateline {
  /** As written; null for a dateline with no place, `(AFP) -`. */
  place: string | null;
  country: string | null;
  date: string | null;
  agency: string | null;
}

export interface Section {
  /** null for the text before the first intertitle */
  title: string | null;
  paragraphs: string[];
}

export interface Quote {
  text: string;
  kind: 'speech' | 'term';
  speaker: string | null;
  section?: number;
  paragraph?: number;
  /** Offsets of the quoted words (marks left out) in `sections[section].paragraphs[paragraph]`. */
  start?: number;
  end?: number;
  /** The attribution rule that named the speaker (`parse --explain`). */
  rule?: string;
}

export interface Source {
  name: string;
  acronym?: string | null;
  type?: 'person' | 'organisation' | 'media' | 'official' | 'other';
  role?: string | null;
  /** The attribution rule that found the source (`parse --explain`). */
  rule?: string;
}

export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

export interface Diagnostic {
  severity: Severity;
  message: string;
  line?: number;
  column?: number;
  rule?: string;
  /** What else the problem is about: the other date of a `date-mismatch`, the first file of a `duplicate`. */
  cause?: string;
  /** What would have been read, as vfile-message's `expected`. */
  expected?: string[];
}

export interface Article {
  id: string;
  slug: string;
  url: string;
  source: SourceFile;
  language: string;
  date: ArticleDate;
  priority: Priority | null;
  service: string | null;
  keywords: string[];
  title: string | null;
  headline: string;
  dateline: Dateline | null;
  lede: string;
  sections: Section[];
  quotes: Quote[];
  sources: Source[];
  entities: Entities;
  signature: string | null;
  wordCount: number;
  diagnostics: Diagnostic[];
}

export const PRIORITIES: readonly Priority[] = ['FLASH', 'BULLETIN', 'URGENT', 'ALERTE'];
