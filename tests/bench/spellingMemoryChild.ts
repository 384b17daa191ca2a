// The spelling checker's memory, in a process of its own started with --expose-gc (see
// spelling.ts): the heap and RSS the loaded dictionaries hold once garbage is collected,
// measured after en-CA and again after fr-CA is loaded beside it, as a bilingual user has them.
import type { DictionaryId } from '../../common/spelling/languages';
import type { SpellEngine } from '../../common/spelling/spellEngine';
import { createHunspellEngine } from '../../renderer/spelling/hunspellEngine';
import { readDictionary } from '../support/spellingDictionaries';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc');

function settled(): { heap: number; rss: number } {
  for (let round = 0; round < 3; round++) collect!();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed + usage.external + usage.arrayBuffers, rss: usage.rss };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const kept: SpellEngine[] = [];
const before = settled();
let previous = before;
for (const dictionary of ['en-CA', 'fr'] as DictionaryId[]) {
  const engine = await createHunspellEngine(await readDictionary(dictionary));
  engine.isCorrect('government');
  kept.push(engine);
  const now = settled();
  console.log(`  + ${dictionary.padEnd(5)} heap ${mb(now.heap - previous.heap).padStart(9)}   RSS ${mb(now.rss - previous.rss).padStart(9)}`);
  previous = now;
}
console.log(`  en-CA and fr together: heap ${mb(previous.heap - before.heap)}, RSS ${mb(previous.rss - before.rss)} (process RSS ${mb(previous.rss)})`);
if (kept.length !== 2) throw new Error('both dictionaries should be held');
