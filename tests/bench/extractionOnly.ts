// `npx tsx tests/bench/extractionOnly.ts [--misses] [--libraries]`: the extraction part of `npm run bench`
// alone; --misses also lists what went wrong on the tuning half (never the test half), and
// --libraries compares key dates with chrono-node on the tuning half.
import { extractionBenchmarks } from './extraction';

await extractionBenchmarks({ showTuningMisses: process.argv.includes('--misses'), withLibraries: process.argv.includes('--libraries') });
