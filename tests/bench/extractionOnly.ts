// `npx tsx tests/bench/extractionOnly.ts [--misses]`: the extraction part of `npm run bench`
// alone; --misses also lists what went wrong on the tuning half (never the test half).
import { extractionBenchmarks } from './extraction';

await extractionBenchmarks({ showTuningMisses: process.argv.includes('--misses') });
