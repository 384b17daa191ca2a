// Runs in its own process so start-up time and memory are the back end's alone.
import path from 'node:path';
import { openLibrary } from '../../electron/services/library/library';
import { makeGenerator } from './generateLibrary';

const root = process.argv[2];
const started = performance.now();
const library = openLibrary(path.join(root, 'library.db'));
const opened = performance.now() - started;
const firstStart = performance.now();
library.search('export', 20);
const firstSearch = performance.now() - firstStart;

const generator = makeGenerator(7);
const filters = () => {
  const choice = Math.floor(Math.random() * 4);
  if (choice === 0) return { jurisdiction: generator.pick(generator.jurisdictions) };
  if (choice === 1) return { topic: generator.pick(generator.topics) };
  if (choice === 2) return { status: generator.pick(['proposed', 'in force', 'announced'] as const) };
  return { publishedFrom: '2023-01-01', publishedTo: '2024-12-31' };
};
const samples: number[] = [];
let peakRss = process.memoryUsage().rss;
for (let i = 0; i < 600; i++) {
  const terms = 1 + (i % 3);
  const query = Array.from({ length: terms }, () => generator.queryWord()).join(' ');
  const start = performance.now();
  library.search(query, 20, { filters: filters() });
  samples.push(performance.now() - start);
  if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
peakRss = Math.max(peakRss, process.memoryUsage().rss);
// The worst case, reported apart: a word in nearly every entry, so bm25 ranks most of the library.
const common: number[] = [];
for (const query of ['ministry', 'platforms', 'licensing rules']) {
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    library.search(query, 20, { filters: filters() });
    common.push(performance.now() - start);
  }
}
const count = library.count();
library.close();
process.stdout.write(JSON.stringify({ opened, firstSearch, samples, common, peakRss, count }));
