import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DEVELOPMENT_STATUSES, type Development } from '../../common/development';
import { INSERT_DEVELOPMENT, toParams } from '../../electron/services/library/developmentRows';
import { PROJECT_ROOT } from '../../electron/host/browserBackend';
import { openLibrary } from '../../electron/services/library/library';
import { SCHEMA_VERSION } from '../../electron/services/library/migrations';
import { shingles, sketch } from '../../electron/services/library/textSketch';

/** Word lists for realistic-looking policy text; a seeded generator keeps the library the same on every machine. */
const JURISDICTIONS = ['United States', 'China', 'European Union', 'Japan', 'India', 'United Kingdom', 'Canada', 'Australia', 'Singapore', 'South Korea', 'Brazil', 'Germany', 'France', 'Taiwan', 'Indonesia', 'Mexico'];
const TOPICS = ['export controls', 'AI governance', 'content moderation', 'semiconductors', 'robotics', 'trade', 'data protection', 'online safety', 'cloud computing', 'cybersecurity', 'competition', 'telecommunications'];
const BODIES = ['ministry', 'regulator', 'commission', 'parliament', 'agency', 'department', 'council', 'authority', 'tribunal', 'committee'];
const ACTIONS = ['proposes', 'adopts', 'reviews', 'delays', 'expands', 'withdraws', 'clarifies', 'tightens', 'eases', 'consults on'];
const OBJECTS = ['licensing rules', 'reporting duties', 'age checks', 'chip subsidies', 'data transfer terms', 'model evaluations', 'takedown deadlines', 'procurement limits', 'cloud certification', 'robot safety standards', 'tariff schedules', 'merger thresholds', 'spectrum auctions', 'breach notification'];
const NOUNS = ['platforms', 'exporters', 'developers', 'operators', 'providers', 'manufacturers', 'universities', 'investors', 'carriers', 'importers', 'insurers', 'hospitals', 'retailers', 'startups', 'banks'];
const VERBS = ['must report', 'may appeal', 'will register', 'should assess', 'need to label', 'are required to audit', 'can request', 'must retain', 'will disclose', 'are asked to test'];
const EXTRAS = ['within ninety days', 'before the end of the year', 'after a public consultation', 'under the new framework', 'subject to a national security review', 'in line with partner economies', 'with limited exemptions', 'for high-risk uses', 'across all sectors', 'from next quarter'];
const FILLER = ['budget', 'compliance', 'oversight', 'guidance', 'enforcement', 'penalties', 'transparency', 'accountability', 'supply chains', 'interoperability', 'innovation', 'sandbox', 'certification', 'incident', 'audit', 'quantum', 'biometric', 'satellite', 'battery', 'pharmaceutical', 'fisheries', 'agriculture', 'logistics', 'shipping', 'energy', 'hydrogen', 'lithium', 'copper', 'textiles', 'tourism'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ar', 'ben', 'cor', 'dal', 'en', 'fir', 'gan', 'hol', 'is', 'jun', 'kel', 'lor', 'man', 'nor', 'ol', 'par', 'quin', 'ras', 'sel', 'tor', 'ul', 'ven', 'wes', 'xan', 'yor', 'zel'];
const VOCABULARY_SIZE = 20_000;
/** Raised when the generated text changes, so a cached library is rebuilt. */
const GENERATOR_VERSION = 2;

/**
 * Content words as in real text: a large vocabulary used with Zipf-like frequencies (a few
 * words everywhere, most words rare), so term selectivity resembles a real library rather
 * than a small word list repeated in every entry.
 */
function vocabulary(): string[] {
  const words = [...FILLER, ...NOUNS, ...OBJECTS.flatMap((o) => o.split(' '))];
  for (let i = 0; words.length < VOCABULARY_SIZE; i++) {
    let n = i;
    let word = '';
    do {
      word += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    words.push(`${word}${SYLLABLES[(i * 7) % SYLLABLES.length]}`);
  }
  return [...new Set(words)];
}

export function makeGenerator(seed: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const vocab = vocabulary();
  // Rank r is drawn with probability ∝ 1/r (inverse transform of the continuous approximation).
  const zipf = () => vocab[Math.min(vocab.length - 1, Math.floor(Math.exp(next() * Math.log(vocab.length))) - 1)];
  const sentence = () =>
    `The ${pick(BODIES)} ${pick(ACTIONS)} ${zipf()} ${zipf()} ${pick(OBJECTS)}, and ${pick(NOUNS)} ${pick(VERBS)} ${zipf()} ${zipf()} ${zipf()} ${pick(EXTRAS)}.`;
  /**
   * A search term as people type them: a distinctive content word (frequency rank 100 to
   * 20,000, log-uniform), not one of the template words every entry repeats; those are
   * measured apart as the worst case.
   */
  const queryWord = () => vocab[Math.min(vocab.length - 1, Math.floor(100 * Math.exp(next() * Math.log(vocab.length / 100))))];
  /** A content word of frequency rank `from` to `to` (log-uniform): low ranks are common, high ones rare. */
  const queryWordRanked = (from: number, to: number) => vocab[Math.min(vocab.length - 1, Math.floor(from * Math.exp(next() * Math.log(to / from))))];
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');
  const development = (index: number, stamp: string): Development => {
    const jurisdiction = pick(JURISDICTIONS);
    const year = 2015 + Math.floor(next() * 11);
    const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const machine = next() < 0.1;
    return {
      id: `bench-${index}`,
      title: `${jurisdiction} ${pick(BODIES)} ${pick(ACTIONS)} ${pick(OBJECTS)} for ${pick(NOUNS)}`,
      publisher: pick(['Policy Wire', 'The Register', 'Official Gazette', 'Trade Daily', 'Tech Policy Review']),
      author: '',
      url: `https://news.example/${index}`,
      publishedDate: date,
      retrievedDate: date,
      jurisdictions: next() < 0.2 ? [jurisdiction, pick(JURISDICTIONS)] : [jurisdiction],
      topics: next() < 0.4 ? [pick(TOPICS), pick(TOPICS)] : [pick(TOPICS)],
      status: pick(DEVELOPMENT_STATUSES),
      summary: paragraph(3),
      keyPoints: Array.from({ length: 4 }, (_, k) => ({ id: `kp-${k + 1}`, text: sentence() })),
      keyDates: [{ date, label: 'Announced' }],
      actors: [`${jurisdiction} ${pick(BODIES)}`],
      fullText: [paragraph(4), paragraph(4), paragraph(3)].join('\n\n'),
      summaryProvenance: machine ? 'machine' : 'human',
      keyPointsProvenance: machine ? 'machine' : 'human',
      notes: '',
      revision: 1,
      createdAt: stamp,
      updatedAt: stamp,
    };
  };
  return { pick, sentence, paragraph, development, queryWord, queryWordRanked, jurisdictions: JURISDICTIONS, topics: TOPICS };
}

/**
 * Where generated libraries are kept between runs: a git-ignored folder of the project, or
 * BRIEFLINK_BENCH_CACHE (another checkout's folder, say, to reuse a library built there).
 */
export const BENCH_CACHE = process.env.BRIEFLINK_BENCH_CACHE ?? path.join(PROJECT_ROOT, '.tmp', 'bench-libraries');
const BATCH = 10_000;

/**
 * A workspace folder holding a library of `count` generated developments, built once and
 * kept under BENCH_CACHE (keyed by generator version and size) so later runs reuse it. A
 * library kept from an older schema is brought forward by the real migrations, as a
 * person's library is when the app is updated.
 */
export function benchWorkspace(count: number, log: (line: string) => void): string {
  const root = path.join(BENCH_CACHE, `library-g${GENERATOR_VERSION}-${count}`);
  const file = path.join(root, 'library.db');
  if (!fs.existsSync(path.join(root, '.complete'))) buildLibrary(root, count, log);
  const migrated = performance.now();
  const reader = new Database(file, { readonly: true });
  const before = reader.pragma('user_version', { simple: true });
  reader.close();
  openLibrary(file).close();
  if (before !== SCHEMA_VERSION) log(`  (migrated the ${count.toLocaleString('en')}-entry library from schema ${before} to ${SCHEMA_VERSION} in ${((performance.now() - migrated) / 1000).toFixed(1)} s)`);
  return root;
}

/**
 * Builds the library in batches of BATCH entries, each in its own transaction. A build that
 * was stopped carries on from its last whole batch (the generator is replayed up to there,
 * which costs a fraction of inserting), so the million-entry library need not be built in one go.
 */
function buildLibrary(root: string, count: number, log: (line: string) => void): void {
  const file = path.join(root, 'library.db');
  if (!fs.existsSync(file)) {
    fs.rmSync(root, { recursive: true, force: true });
    fs.mkdirSync(root, { recursive: true });
    openLibrary(file).close(); // schema via the real migrations, no seed
  }
  const started = performance.now();
  const db = new Database(file);
  // A throwaway build: a rollback journal rather than the write-ahead log, which would write
  // every page twice, and no syncing (a stopped build loses at most its current batch).
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const insert = db.prepare(INSERT_DEVELOPMENT);
  const addSketch = db.prepare('INSERT OR IGNORE INTO development_sketches (hash, development_id) VALUES (?, ?)');
  const generator = makeGenerator(20260101);
  const stamp = new Date('2026-01-01T00:00:00Z').toISOString();
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const dev = generator.development(i, stamp);
      insert.run(toParams(dev));
      for (const hash of sketch(shingles(dev.fullText))) addSketch.run(hash, dev.id);
    }
  });
  const done = (db.prepare('SELECT count(*) AS n FROM developments').get() as { n: number }).n;
  if (done % BATCH !== 0 || done > count) throw new Error(`${file} holds ${done} entries, not whole batches of a ${count}-entry build: delete ${root} and run again.`);
  if (done > 0) log(`  (carrying on with the ${count.toLocaleString('en')}-entry library from entry ${done.toLocaleString('en')})`);
  for (let i = 0; i < done; i++) generator.development(i, stamp);
  for (let from = done; from < count; from += BATCH) {
    batch(from, Math.min(count, from + BATCH));
    if (count > 100_000 && (from + BATCH) % 100_000 === 0) log(`  (building the library: ${(from + BATCH).toLocaleString('en')} of ${count.toLocaleString('en')} after ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  db.exec("INSERT INTO developments_fts(developments_fts) VALUES ('optimize')");
  db.exec("INSERT INTO development_titles_fts(development_titles_fts) VALUES ('optimize')");
  db.pragma('journal_mode = WAL');
  db.close();
  fs.writeFileSync(path.join(root, '.complete'), new Date().toISOString());
  log(`  (built the ${count.toLocaleString('en')}-entry library once in ${((performance.now() - started) / 1000).toFixed(1)} s at ${root})`);
}
