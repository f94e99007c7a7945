// The baseline: bare Eleventy 3 rendering the same texts as markdown files,
// one input file per dispatch, default settings.
import Eleventy from '@11ty/eleventy';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: baseline.ts MARKDOWN_DIR OUT_DIR');
const elev = new Eleventy(input, output, { quietMode: true });
await elev.write();
