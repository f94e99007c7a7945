// What the plugins learn about a dispatch, kept on `file.data.dispatch` until
// the compiler turns tree and data into an `Article`.
import type { ArticleDate, Dateline, Entities, Priority, Quote, Source } from './article.ts';
import type { Position } from 'unist';

export interface FoundDate extends ArticleDate {
  position?: Position;
}

export interface DispatchData {
  headerDate?: FoundDate;
  datelineDate?: FoundDate;
  footerDate?: FoundDate;
  /** The date the article is filed under, once `resolveDate` has chosen. */
  date?: ArticleDate;
  priority: Priority | null;
  service: string | null;
  keywords: string[];
  title: string | null;
  dateline: Dateline | null;
  signature: string | null;
  footer: string | null;
  language: string;
  headline: string;
  quotes: Quote[];
  sources: Source[];
  entities: Entities;
  /** Words of the body, counted once by the checks (compile reuses it). */
  wordCount: number;
  /** Other `key value` header lines, kept as written. */
  headers: Record<string, string>;
}

declare module 'vfile' {
  interface DataMap {
    dispatch: DispatchData;
  }
}

export function emptyDispatchData(): DispatchData {
  return {
    priority: null,
    service: null,
    keywords: [],
    title: null,
    dateline: null,
    signature: null,
    footer: null,
    language: 'und',
    headline: '',
    quotes: [],
    sources: [],
    entities: { people: [], places: [], organisations: [] },
    wordCount: 0,
    headers: {},
  };
}
