// Compare versions: the redline of the 40-page note (about 20,000 words, 440 blocks) after a
// review, and against a version rewritten from end to end. Prints figures; asserts nothing.
import fs from 'node:fs';
import { compareNotes, type ComparableNote } from '../../common/compare/compareNotes';
import type { SerializedEditorState } from '../../common/editorState';
import { templateSchema } from '../../common/template';
import { builtInTemplateFile } from '../support/backendFixture';
import { fortyPageBody, reviewedFortyPageBody } from '../support/compareFixtures';
import { stats } from './stats';

const RUNS = 30;

function timings(before: ComparableNote, after: ComparableNote): number[] {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    compareNotes(before, after);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Every word of every paragraph changed: the most work the matching does. */
function rewritten(body: SerializedEditorState): SerializedEditorState {
  return JSON.parse(JSON.stringify(body).replace(/"text":"([^"]*)"/g, (_, text: string) => `"text":"${text.split(' ').reverse().join(' ')} again"`)) as SerializedEditorState;
}

export function compareBench(): void {
  const template = templateSchema.parse(JSON.parse(fs.readFileSync(builtInTemplateFile('decision-note'), 'utf8')));
  const version = (body: SerializedEditorState, subject: string): ComparableNote => ({ template, metadata: { subject }, body });
  const original = version(fortyPageBody(), 'Export controls');
  const reviewed = version(reviewedFortyPageBody(), 'Export controls on advanced chips');
  const changes = compareNotes(original, reviewed).changeCount;
  console.log('Compare versions, 40-page note (about 20,000 words, 440 blocks):');
  console.log(`  after a review (${changes} changes: an edit, a move, a deletion, an addition, the subject)  ${stats(timings(original, reviewed))}`);
  console.log(`  with itself                                                                ${stats(timings(original, original))}`);
  console.log(`  against a version with every block rewritten                               ${stats(timings(original, version(rewritten(original.body), 'Other')))}`);
}
