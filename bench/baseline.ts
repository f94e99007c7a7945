// The baseline: bare Eleventy 3 rendering the same texts as markdown files,
// one input file per dispatch, then Pagefind indexing the output, both with
// default settings. Prints its phase times as JSON on the last line.
import Eleventy from '@11ty/eleventy';
import * as pagefind from 'pagefind';
import path from 'node:path';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: baseline.ts MARKDOWN_DIR OUT_DIR');
let t = performance.now();
const elev = new Eleventy(input, output, { quietMode: true });
await elev.write();
const render = (performance.now() - t) / 1000;
t = performance.now();
const { index } = await pagefind.createIndex();
await index!.addDirectory({ path: output });
await index!.writeFiles({ outputPath: path.join(output, 'pagefind') });
await pagefind.close();
const search = (performance.now() - t) / 1000;
console.log(JSON.stringify({ render, search }));
