// Runs Mozilla Readability (on jsdom) over the benchmark pages and writes
// {"tool", "output": {id: {"articleBody"}}, "pages", "seconds", "cpuSeconds", "peakRssMb"} as JSON.
// Usage: node extract.mjs <html-dir> <ground-truth.json> <out.json> [timed-passes]
// Timing covers HTML string -> text (jsdom parse + Readability) only, after one untimed
// warm-up pass, so it is comparable with the Java runners, which do the same.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [htmlDir, truthPath, outPath, passesArg] = process.argv.slice(2);
if (!htmlDir || !truthPath || !outPath) {
  console.error('usage: node extract.mjs <html-dir> <ground-truth.json> <out.json> [timed-passes]');
  process.exit(2);
}
const passes = Number(passesArg ?? '3');
const truth = JSON.parse(readFileSync(truthPath, 'utf8'));
const pages = readdirSync(htmlDir)
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((f) => {
    const id = f.slice(0, -'.html.gz'.length);
    return { id, url: truth[id]?.url ?? 'https://example.org/', html: gunzipSync(readFileSync(join(htmlDir, f))).toString('utf8') };
  });

// Page scripts never run (jsdom's default); silence its CSS and console noise.
const quiet = new VirtualConsole();

function extract(page) {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article?.textContent ?? '';
}

const output = {};
for (const page of pages) {
  output[page.id] = { articleBody: extract(page) };
}
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (let i = 0; i < passes; i++) {
  for (const page of pages) {
    extract(page);
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
writeFileSync(outPath, JSON.stringify({ tool: 'readability.js', output, pages: pages.length * passes, seconds, cpuSeconds, peakRssMb }));
console.error(`readability.js: ${pages.length * passes} pages in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU, peak RSS ${peakRssMb.toFixed(0)} MB`);
