// Runs in its own process so start-up time and memory are the back end's alone.
// `open`: opens the library (migrations checked) and runs one search, timing both.
// `search`: times searches as issue 3 describes them (1–3 distinctive words, one filter),
// then by how common the words are (rare, common, in nearly every entry), with and without
// a filter, in wall and CPU time.
import path from 'node:path';
import type { SearchFilters } from '../../common/development';
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
  process.stdout.write(JSON.stringify({ opened, firstSearch, rss: process.memoryUsage().rss }));
} else {
  const generator = makeGenerator(7);
  const filters = (i: number): SearchFilters => {
    const choice = Math.floor(i / 3) % 4;
    if (choice === 0) return { jurisdiction: generator.pick(generator.jurisdictions) };
    if (choice === 1) return { topic: generator.pick(generator.topics) };
    if (choice === 2) return { status: generator.pick(['proposed', 'in force', 'announced'] as const) };
    return { publishedFrom: '2023-01-01', publishedTo: '2024-12-31' };
  };
  const byTerms: Samples[] = [1, 2, 3].map(() => ({ wall: [], cpu: [] }));
  let peakRss = process.memoryUsage().rss;
  const timed = (samples: Samples, work: () => void) => {
    const wallStart = performance.now();
    const cpuStart = cpuMs();
    work();
    samples.cpu.push(cpuMs() - cpuStart);
    samples.wall.push(performance.now() - wallStart);
    if (samples.wall.length % 25 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  // Warm-up: the first searches fill the page cache and let V8 compile the hot paths.
  for (let i = 0; i < 30; i++) library.search(generator.queryWord(), 20, { filters: filters(i) });
  for (let i = 0; i < 900; i++) {
    const terms = 1 + (i % 3);
    const query = Array.from({ length: terms }, () => generator.queryWord()).join(' ');
    timed(byTerms[terms - 1], () => library.search(query, 20, { filters: filters(i) }));
  }
  // By how common the words are: a rare word is in well under 1% of entries, a common one
  // in 1% to 10%, and the template words of the generated text in nearly all of them.
  const kinds: Record<string, () => string> = {
    rare: () => generator.queryWordRanked(2_000, 20_000),
    common: () => generator.queryWordRanked(100, 2_000),
    'near-universal': () => generator.pick(['ministry', 'platforms', 'licensing rules', 'regulator', 'developers must']),
  };
  const byKind: Record<string, { filtered: Samples; unfiltered: Samples }> = {};
  for (const [kind, word] of Object.entries(kinds)) {
    const filtered: Samples = { wall: [], cpu: [] };
    const unfiltered: Samples = { wall: [], cpu: [] };
    for (let i = 0; i < 120; i++) {
      const query = Array.from({ length: 1 + (i % 3) }, word).join(' ');
      if (i % 2 === 0) timed(filtered, () => library.search(query, 20, { filters: filters(i) }));
      else timed(unfiltered, () => library.search(query, 20));
    }
    byKind[kind] = { filtered, unfiltered };
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const count = library.count();
  library.close();
  process.stdout.write(JSON.stringify({ opened, firstSearch, byTerms, byKind, peakRss, count }));
}
