// npm run lighthouse [-- --out DIR]: Lighthouse (performance, accessibility, best
// practices, SEO) on the home page, an article and the search page of the
// built site, served on localhost, in Debian's Chromium. Prints the four
// scores of each page; exit 1 when one is under 95. Not part of npm test.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../site/static-server.ts';
import { commandOptions } from './options.ts';

const USAGE = `usage : npm run lighthouse [-- --out DIR]
  --out DIR       le site construit à auditer (défaut : _site)
  --help          cette aide`;

const { values } = commandOptions(USAGE, { options: { out: { type: 'string', default: '_site' } } });
const out = values.out;
if (!existsSync(path.join(out, 'index.html'))) {
  console.error(`${out}/ n'est pas construit : lancer d'abord npm run build`);
  process.exit(2);
}
const home = readFileSync(path.join(out, 'index.html'), 'utf8');
const article = /class="dispatch-headline"><a href="([^"]+)"/.exec(home)?.[1];
const pages = [
  ['accueil', '/'],
  ['dépêche', article ?? '/'],
  ['recherche', '/recherche/'],
] as const;

const server = await serveStatic(out);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
let worst = 100;
try {
  console.log(`page        ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  for (const [label, url] of pages) {
    const result = await lighthouse(server.url + url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (result?.lhr.runtimeError) console.error(`  ${label} : ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    worst = Math.min(worst, ...scores);
    console.log(`${label.padEnd(12)}${scores.map((s) => String(s).padStart(15)).join('')}`);
    for (const c of CATEGORIES) {
      const category = result?.lhr.categories[c];
      if (!category || (category.score ?? 0) >= 1) continue;
      for (const ref of category.auditRefs) {
        const audit = result!.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`  ${c} : ${audit.title}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (worst < 95) {
  console.error(`score minimal ${worst} < 95`);
  process.exitCode = 1;
}
