// Review figures of issue 22 on the long note of issue 4 with 200 comments and 200 suggested
// changes on it (reviewedNote.ts), in real Chromium and measured as editor.ts measures: in
// the page, to the end of the frame after the change. The DOCX round trip is the back end's
// own path, through the contract handlers.
import type { Page } from 'playwright-core';
import type { CommentThread } from '../../common/comments';
import type { SerializedEditorState } from '../../common/editorState';
import { caretInMiddle, installHelpers, measureTyping, type BenchWindow } from './editor';
import { NOTE_SUBJECT, startEditorBench, type EditorBench } from './editorSetup';
import { record, TARGETS } from './figures';
import { REVIEW_COMMENTS, REVIEW_SUGGESTIONS, withReview } from './reviewedNote';
import { machineLoad, stats } from './stats';

const noteButton = (page: Page) => page.getByRole('button', { name: new RegExp(`^${NOTE_SUBJECT}`) });

/** Click on the note in the list to its tables, snippets, comment marks and suggestions all painted. */
async function measureOpen(bench: EditorBench): Promise<number> {
  const { page } = bench;
  await page.reload();
  await noteButton(page).waitFor();
  await installHelpers(page);
  return noteButton(page).evaluate(
    (button, want) =>
      new Promise<number>((resolve, reject) => {
        const w = window as unknown as BenchWindow;
        const until = w.__untilPainted as (start: number, done: () => boolean, resolve: (ms: number) => void) => void;
        const count = (selector: string) => document.getElementById('note-body')?.querySelectorAll(selector).length ?? 0;
        until(
          performance.now(),
          () => count('table') >= want.tables && count('.snippet') >= want.snippets && count('mark') >= want.marks && count('.suggestion') >= want.suggestions,
          resolve,
        );
        setTimeout(() => reject(new Error('the note did not open within 60 s')), 60_000);
        (button as HTMLElement).click();
      }),
    { tables: bench.tables, snippets: bench.snippets, marks: REVIEW_COMMENTS, suggestions: REVIEW_SUGGESTIONS },
  );
}

/**
 * Accept all: the click on the Review panel's button to the last suggestion gone from the
 * body, painted. Each round puts the reviewed note back in the back end first (no window has
 * it open then) and opens it afresh; the window's save of the accepted note is waited for, so
 * it does not meet the next round's.
 */
async function measureAcceptAll(bench: EditorBench, reviewed: { body: SerializedEditorState; comments: CommentThread[] }, rounds: number): Promise<number[]> {
  const { page, backend, noteId } = bench;
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await page.waitForTimeout(2000); // the window's save of what came before
    await page.goto('about:blank');
    const current = await backend.handlers['notes.open']({ id: noteId });
    await backend.handlers['notes.save']({ id: noteId, metadata: current.metadata, body: reviewed.body, comments: reviewed.comments, baseRevision: current.revision });
    await page.goto(bench.url);
    await noteButton(page).click();
    await page.waitForFunction((want) => document.querySelectorAll('#note-body .suggestion').length >= want, REVIEW_SUGGESTIONS, { timeout: 60_000 });
    await installHelpers(page);
    await page.waitForTimeout(1500);
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/notes.save'), { timeout: 60_000 });
    samples.push(
      await page
        .getByRole('region', { name: 'Review' })
        .getByRole('button', { name: 'Accept all' })
        .evaluate(
          (button) =>
            new Promise<number>((resolve, reject) => {
              const w = window as unknown as BenchWindow;
              const until = w.__untilPainted as (start: number, done: () => boolean, resolve: (ms: number) => void) => void;
              until(performance.now(), () => document.querySelector('#note-body .suggestion') === null, resolve);
              setTimeout(() => reject(new Error('the suggestions were not all accepted within 60 s')), 60_000);
              (button as HTMLElement).click();
            }),
        ),
    );
    await saved;
  }
  return samples;
}

/**
 * DOCX round trip as a reviewer's copy makes it: export.docx of the note (its suggestions
 * written as tracked changes, its comments as Word comments), then the same file through
 * notes.importReview (read, aligned with the note, its comments and tracked changes matched
 * with those the note has).
 */
async function measureDocx(bench: EditorBench, reviewed: { body: SerializedEditorState; comments: CommentThread[] }, rounds: number) {
  const { handlers } = bench.backend;
  await bench.page.goto('about:blank');
  const note = await handlers['notes.open']({ id: bench.noteId });
  await handlers['notes.save']({ id: note.id, metadata: note.metadata, body: reviewed.body, comments: reviewed.comments, baseRevision: note.revision });
  const exportOnly: number[] = [];
  const roundTrip: number[] = [];
  const importOnly: number[] = [];
  let message = '';
  let kilobytes = 0;
  for (let i = 0; i < rounds + 1; i++) {
    const start = performance.now();
    const file = await handlers['export.docx']({ noteId: bench.noteId, draft: false });
    if (file.delivery !== 'download') throw new Error('the browser host returns the DOCX for download');
    const exported = performance.now();
    const result = await handlers['notes.importReview']({ noteId: bench.noteId, fileName: 'Long note (reviewed).docx', dataBase64: file.dataBase64 });
    roundTrip.push(performance.now() - start);
    exportOnly.push(exported - start);
    importOnly.push(performance.now() - exported);
    message = result.message;
    kilobytes = (file.dataBase64.length * 3) / 4 / 1024;
  }
  // The first export loads the docx library.
  return { exportOnly: exportOnly.slice(1), roundTrip: roundTrip.slice(1), importOnly: importOnly.slice(1), message, kilobytes };
}

export async function benchReview(): Promise<void> {
  console.log(`Review (issue 22), real Chromium · ${machineLoad()}`);
  let reviewed: { body: SerializedEditorState; comments: CommentThread[] } | undefined;
  const bench = await startEditorBench(
    (line) => console.log(line),
    (body) => (reviewed = withReview(body)),
  );
  try {
    if (!reviewed) throw new Error('the reviewed note was not made');
    const { page } = bench;
    const opens: number[] = [];
    for (let i = 0; i < 6; i++) opens.push(await measureOpen(bench));
    opens.shift(); // the first open warms the browser cache and the JIT
    await caretInMiddle(page);
    await page.waitForTimeout(1500);
    const typing = await measureTyping(page, 100, 100);
    const acceptAll = await measureAcceptAll(bench, reviewed, 5);
    const docx = await measureDocx(bench, reviewed, 5);
    console.log(`  ${bench.exportedPages}-page note (as exported) with ${bench.tables} tables, ${bench.snippets} linked snippets, ${REVIEW_COMMENTS} comments and ${REVIEW_SUGGESTIONS} suggestions · ${machineLoad()}`);
    console.log(`  open: click to tables, snippets, comments and suggestions painted (≤ ${TARGETS['review.open'].atMost} ms) ${stats(opens)}`);
    console.log(`  keystroke to painted, typing 10/s (p95 ≤ ${TARGETS['review.typing'].atMost} ms)            ${stats(typing)}`);
    console.log(`  accept all: click to the last suggestion gone, painted     ${stats(acceptAll)}`);
    console.log(`  DOCX round trip: export, then import the review (${docx.kilobytes.toFixed(0)} KB) ${stats(docx.roundTrip)}`);
    console.log(`    of which the export, suggestions as tracked changes      ${stats(docx.exportOnly)}`);
    console.log(`    of which the import                                      ${stats(docx.importOnly)}`);
    console.log(`    (the import said: ${docx.message})`);
    record('review.open', opens);
    record('review.typing', typing);
    console.log(`  ${machineLoad()}`);
  } finally {
    await bench.close();
  }
}
