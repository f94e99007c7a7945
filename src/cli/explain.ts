// `parse --explain`: per quote and per source, the rule that gave it, so an
// editor or a developer sees why the parser read a dispatch as it did.
import type { Article } from '../dispatch/article.ts';
import { terminalSafe } from './report.ts';

const short = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function explain(article: Article): string {
  const lines = [`${terminalSafe(article.source.file)}`];
  lines.push(`  citations (${article.quotes.length})`);
  for (const q of article.quotes) {
    const who = q.kind === 'term' ? 'terme' : q.speaker === null ? 'locuteur inconnu' : `${terminalSafe(q.speaker)}`;
    const rule = q.kind === 'term' ? 'quote-kind' : (q.rule ?? 'aucune règle');
    lines.push(`    « ${terminalSafe(short(q.text))} »  ${who}  [${rule}]`);
  }
  lines.push(`  sources (${article.sources.length})`);
  for (const s of article.sources) lines.push(`    ${terminalSafe(s.name)}${s.type ? ` (${s.type})` : ''}  [${s.rule ?? 'aucune règle'}]`);
  return lines.join('\n') + '\n';
}
