// The spelling checker (issue 23): start-up per language (dictionary read and parsed, first
// paragraph checked), memory with en-CA and fr-CA loaded, the time to check a 40-page note
// whole and after one paragraph changed, and how often the first suggestion for a common
// misspelling is the word meant. Runs the worker's own code (spellService, hunspell-asm) in Node;
// Chromium's V8 runs it in the worker at much the same speed. Alone: `npx tsx tests/bench/run.ts --only spelling`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findWords } from '../../common/spelling/findWords';
import { suggestionsFor } from '../../common/spelling/findMisspellings';
import { dictionaryFor, type DictionaryId, type SpellingLanguage } from '../../common/spelling/languages';
import type { SpellEngine } from '../../common/spelling/spellEngine';
import { createHunspellEngine } from '../../renderer/spelling/hunspellEngine';
import { createSpellClient } from '../../renderer/spelling/spellClient';
import type { CheckItem } from '../../renderer/spelling/spellProtocol';
import { createSpellService } from '../../renderer/spelling/spellService';
import { inProcessSpellTransport } from '../support/inProcessSpellTransport';
import { readDictionary } from '../support/spellingDictionaries';
import { policyProse } from './policyProse';
import { ENGLISH_MISSPELLINGS, FRENCH_MISSPELLINGS } from './spellingMisspellings';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A 40-page note: about 20,000 words (500 words a page). */
const NOTE_WORDS = 20_000;

function spread(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  return `median ${f(sorted[Math.floor(sorted.length / 2)])} ms (min ${f(sorted[0])}, max ${f(sorted[sorted.length - 1])}, n=${sorted.length})`;
}

async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const value = await work();
  return [performance.now() - started, value];
}

async function startup(): Promise<void> {
  console.log('  start-up (dictionary read and parsed, first paragraph checked):');
  const firstParagraph = { en: policyProse(100, 'en')[0], fr: policyProse(100, 'fr')[0] };
  for (const language of ['en-CA', 'en-GB', 'en-US', 'en-AU', 'fr-CA'] as SpellingLanguage[]) {
    const samples: number[] = [];
    for (let run = 0; run < 3; run++) {
      const service = createSpellService(async (dictionary) => createHunspellEngine(await readDictionary(dictionary)));
      const [ms] = await time(() => service.check({ items: [{ key: 'p', language, text: firstParagraph[language.startsWith('fr') ? 'fr' : 'en'] }] }));
      samples.push(ms);
    }
    console.log(`    ${language} (${dictionaryFor(language)}) ${spread(samples)}`);
  }
}

function memory(): void {
  console.log('  memory held by the dictionaries (after garbage collection, own process):');
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, 'spellingMemoryChild.ts')], { cwd: path.resolve(here, '../..'), stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`the spelling memory benchmark failed (exit code ${child.status})`);
}

async function longNote(language: SpellingLanguage): Promise<void> {
  const paragraphs = policyProse(NOTE_WORDS, language.startsWith('fr') ? 'fr' : 'en');
  const items: CheckItem[] = paragraphs.map((text, index) => ({ key: `p${index}`, language, text }));
  const words = paragraphs.reduce((sum, text) => sum + findWords(text).length, 0);
  const engines = new Map<DictionaryId, SpellEngine>();
  for (const dictionary of ['en-CA', 'fr'] as DictionaryId[]) engines.set(dictionary, await createHunspellEngine(await readDictionary(dictionary)));
  const service = createSpellService(async (dictionary) => engines.get(dictionary)!);

  const whole: number[] = [];
  let misspelt = 0;
  for (let run = 0; run < 7; run++) {
    const [ms, results] = await time(() => service.check({ items }));
    whole.push(ms);
    misspelt = results.reduce((sum, result) => sum + result.misspelt.length, 0);
  }
  const median = [...whole].sort((a, b) => a - b)[3];
  console.log(`  ${language}, 40-page note (${paragraphs.length} paragraphs, ${words} words checked, ${misspelt} misspelt):`);
  console.log(`    whole note, in the worker       ${spread(whole)} · ${Math.round(words / (median / 1000)).toLocaleString('en')} words/s`);

  // As the editor will use it: the whole note once when it opens, then after each pause in
  // typing only the paragraph that changed goes to the worker; the rest is remembered.
  const edits: number[] = [];
  for (let run = 0; run < 7; run++) {
    const client = createSpellClient(inProcessSpellTransport(service));
    await client.check(items);
    const edited = items.map((item, index) => (index === 40 ? { ...item, text: `${item.text} Edit ${run}.` } : item));
    const [ms] = await time(() => client.check(edited));
    edits.push(ms);
    client.dispose();
  }
  console.log(`    one paragraph changed, client   ${spread(edits)}`);
}

async function suggestions(): Promise<void> {
  const lists: Array<[SpellingLanguage, ReadonlyArray<readonly [string, string]>]> = [
    ['en-CA', ENGLISH_MISSPELLINGS],
    ['fr-CA', FRENCH_MISSPELLINGS],
  ];
  console.log('  suggestions for common misspellings:');
  for (const [language, list] of lists) {
    const engine = await createHunspellEngine(await readDictionary(dictionaryFor(language)));
    const samples: number[] = [];
    const wrongFirst: string[] = [];
    let first = 0;
    let listed = 0;
    for (const [typo, meant] of list) {
      const [ms, suggested] = await time(() => suggestionsFor(typo, language, engine));
      samples.push(ms);
      if (suggested[0] === meant) first++;
      else wrongFirst.push(`${typo} → ${suggested[0] ?? '(none)'}`);
      if (suggested.includes(meant)) listed++;
    }
    console.log(`    ${language}: right word first ${first}/${list.length}, among the suggestions ${listed}/${list.length}; time per word ${spread(samples)}`);
    if (wrongFirst.length > 0) console.log(`      first suggestion not the word meant: ${wrongFirst.join(', ')}`);
  }
}

export async function spellingBench(): Promise<void> {
  console.log('Spelling (Hunspell in WebAssembly, hunspell-asm, with the shipped dictionaries):');
  memory();
  await startup();
  await longNote('en-CA');
  await longNote('fr-CA');
  await suggestions();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await spellingBench();
