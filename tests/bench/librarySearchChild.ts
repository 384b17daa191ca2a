// Runs in its own process so start-up time and memory are the back end's alone.
// `open`: opens the library (migrations checked) and runs one search, timing both.
// `search`: times searches as issue 3 describes them, in wall and CPU time.
import path from 'node:path';
import { openLibrary } from '../../electron/services/library/library';
import { makeGenerator } from './generateLibrary';
import type { Samples } from './stats';

const [root, mode] = process.argv.slice(2);
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

const started = performance.now();
const library = openLibrary(path.join(root, 'library.db'));
const opened = performance.now() - started;
const firstStart = performance.now();
library.search('export', 20);
const firstSearch = performance.now() - firstStart;

if (mode === 'open') {
  library.close();
  process.stdout.write(JSON.stringify({ opened, firstSearch }));
} else {
  const generator = makeGenerator(7);
  const filters = (i: number) => {
    const choice = Math.floor(i / 3) % 4;
    if (choice === 0) return { jurisdiction: generator.pick(generator.jurisdictions) };
    if (choice === 1) return { topic: generator.pick(generator.topics) };
    if (choice === 2) return { status: generator.pick(['proposed', 'in force', 'announced'] as const) };
    return { publishedFrom: '2023-01-01', publishedTo: '2024-12-31' };
  };
  const byTerms: Samples[] = [1, 2, 3].map(() => ({ wall: [], cpu: [] }));
  const timed = (samples: Samples, work: () => void) => {
    const wallStart = performance.now();
    const cpuStart = cpuMs();
    work();
    samples.cpu.push(cpuMs() - cpuStart);
    samples.wall.push(performance.now() - wallStart);
  };
  // Warm-up: the first searches fill the page cache and let V8 compile the hot paths.
  for (let i = 0; i < 30; i++) library.search(generator.queryWord(), 20, { filters: filters(i) });
  let peakRss = process.memoryUsage().rss;
  for (let i = 0; i < 900; i++) {
    const terms = 1 + (i % 3);
    const query = Array.from({ length: terms }, () => generator.queryWord()).join(' ');
    timed(byTerms[terms - 1], () => library.search(query, 20, { filters: filters(i) }));
    if (i % 25 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  // The worst case, reported apart: words in nearly every entry.
  const common: Samples = { wall: [], cpu: [] };
  for (const query of ['ministry', 'platforms', 'licensing rules']) {
    for (let i = 0; i < 12; i++) timed(common, () => library.search(query, 20, { filters: filters(i) }));
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const count = library.count();
  library.close();
  process.stdout.write(JSON.stringify({ opened, firstSearch, byTerms, common, peakRss, count }));
}
