// Who said it and where the information comes from. Agency copy attributes
// in a few fixed shapes; each is a named rule (speaker-rules.ts for quotes,
// source-rules.ts for sources), and this module runs them over a dispatch in
// reading order, so that "il", "l'ONG" or "cette source" can point back to
// what was named before them.
import type { Doc } from './document.ts';
import type { Names } from './names.ts';
import type { QuoteSpan } from './quotes.ts';
import { Reading, type Party } from './reading.ts';
import type { Attributed } from './scene.ts';
import { speakerOf } from './speaker-rules.ts';
import { sourcesIn } from './source-rules.ts';
import { quoteKind } from './verbs.ts';

export type { Attributed } from './scene.ts';
export type { Party, SourceType } from './reading.ts';

export interface Attribution {
  quotes: Attributed[];
  sources: Party[];
}

export function attribute(doc: Doc, names: Names, quotes: QuoteSpan[]): Attribution {
  const reading = new Reading(doc, names, quotes);
  const attributed: Attributed[] = [];
  let lastSpeech: Attributed | undefined;
  let sentenceIndex = 0;
  // Sources are read sentence by sentence up to each quote, so that a quote's
  // speaker may be a source named just before it.
  const sourcesUpTo = (offset: number) => {
    while (sentenceIndex < doc.sentences.length && doc.sentences[sentenceIndex]!.start <= offset) {
      const s = doc.sentences[sentenceIndex]!;
      for (const party of sourcesIn(reading, s.start, s.end)) reading.addSource(party);
      sentenceIndex++;
    }
  };
  for (const q of quotes) {
    sourcesUpTo(q.open - 1);
    const kind = quoteKind(doc, q, quotes);
    const speaker = kind === 'speech' ? speakerOf(reading, q, lastSpeech) : null;
    if (speaker) reading.addSource(speaker);
    const entry: Attributed = { quote: q, kind, speaker };
    attributed.push(entry);
    if (kind === 'speech') lastSpeech = entry;
  }
  sourcesUpTo(doc.text.length);
  return { quotes: attributed, sources: reading.foldSources() };
}
