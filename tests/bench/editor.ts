// Editor figures of issues 4 and 5 on the long note (40 pages, 20 tables, 400 linked snippets
// into a 100,000-entry library), measured inside real Chromium: every time is taken in the
// page, from the key event's time stamp (so time it waited behind other tasks counts) to the
// end of the frame after the change, so Playwright's round trips are not counted.
import type { Page } from 'playwright-core';
import { developmentFieldsSchema } from '../../common/development';
import { makeGenerator } from './generateLibrary';
import { startEditorBench, NOTE_SUBJECT, type EditorBench } from './editorSetup';
import { watchTasks, type LongestTasks } from './mainThreadTasks';
import { record, TARGETS } from './figures';
import { machineLoad, stats } from './stats';
import { NOTE_SAVE_DELAY_MS } from '../../renderer/state/noteSaveDelay';

export type BenchWindow = Window & Record<string, unknown>;

/**
 * Calls back in the page once the next frame is painted. requestAnimationFrame runs as the
 * frame starts; a user-blocking task posted from it runs as soon as the frame's paint and
 * commit are done. (A 0 ms timer posted there would also wait for every task queued before
 * it, such as the follow-up work an edit leaves until after its frame.)
 */
const afterPaint = `(callback) => requestAnimationFrame(() => scheduler.postTask(callback, { priority: 'user-blocking' }))`;

/** Resolves in the page once `done()` holds after a DOM change, with the time to the end of the following frame. */
const untilPainted = `(start, done, resolve) => {
  const check = () => {
    if (!done()) return false;
    window.__afterPaint(() => resolve(performance.now() - start));
    return true;
  };
  if (check()) return;
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
}`;

export async function installHelpers(page: Page): Promise<void> {
  await page.evaluate(
    ([paint, until]) => {
      const w = window as unknown as BenchWindow;
      w.__afterPaint = (0, eval)(paint);
      w.__untilPainted = (0, eval)(until);
    },
    [afterPaint, untilPainted],
  );
}

/** Click on the note in the list to all tables and snippets shown, and to every snippet's freshness shown. */
async function measureOpen(bench: EditorBench): Promise<{ shown: number; fresh: number }> {
  const { page } = bench;
  await page.reload();
  await page.getByRole('button', { name: new RegExp(`^${NOTE_SUBJECT}`) }).waitFor();
  await installHelpers(page);
  return page.getByRole('button', { name: new RegExp(`^${NOTE_SUBJECT}`) }).evaluate(
    (button, want) =>
      new Promise<{ shown: number; fresh: number }>((resolve, reject) => {
        const w = window as unknown as BenchWindow;
        const until = w.__untilPainted as (start: number, done: () => boolean, resolve: (ms: number) => void) => void;
        const start = performance.now();
        const body = () => document.getElementById('note-body');
        let shown = 0;
        until(
          start,
          () => (body()?.querySelectorAll('table').length ?? 0) >= want.tables && (body()?.querySelectorAll('.snippet').length ?? 0) >= want.snippets,
          (ms) => {
            shown = ms;
          },
        );
        until(
          start,
          () => {
            const chips = body()?.querySelectorAll<HTMLElement>('.snippet') ?? [];
            return chips.length >= want.snippets && [...chips].every((chip) => chip.dataset.state && chip.dataset.state !== 'checking');
          },
          (ms) => {
            const finish = () => (shown ? resolve({ shown, fresh: ms }) : setTimeout(finish, 10));
            finish();
          },
        );
        setTimeout(() => reject(new Error('the note did not open within 60 s')), 60_000);
        (button as HTMLElement).click();
      }),
    { tables: bench.tables, snippets: bench.snippets },
  );
}

/** Puts the caret in a new empty paragraph under the eleventh heading. */
export async function caretInMiddle(page: Page): Promise<void> {
  const heading = page.getByRole('textbox', { name: 'Note body' }).locator('h2').nth(10);
  await heading.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
}

/** Keydown to the frame after it, for each of `count` keystrokes typed `delayMs` apart. */
export async function measureTyping(page: Page, count: number, delayMs: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const samples: number[] = [];
    w.__typing = samples;
    w.__onKey = (event: KeyboardEvent) => {
      const start = event.timeStamp;
      (w.__afterPaint as (callback: () => void) => void)(() => samples.push(performance.now() - start));
    };
    document.addEventListener('keydown', w.__onKey as (event: KeyboardEvent) => void, true);
  });
  await page.keyboard.type('x'.repeat(count), { delay: delayMs });
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    document.removeEventListener('keydown', w.__onKey as (event: KeyboardEvent) => void, true);
    return w.__typing as number[];
  });
}

/**
 * Keystroke to painted with spell check at work: words with a misspelling typed at 10/s, each
 * followed by a pause longer than the checker's wait, so the long note's changed paragraph is
 * checked and its misspellings drawn between words, as when someone writes and stops to think.
 * First waits until the checker has drawn on this note (its dictionary loaded).
 */
async function measureSpellingTyping(page: Page, words: number): Promise<number[]> {
  await page.keyboard.type(' goverment ', { delay: 100 });
  await page.waitForFunction(() => CSS.highlights.has('misspelt'), undefined, { timeout: 30_000 });
  const samples: number[] = [];
  for (let i = 0; i < words; i++) {
    await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      w.__typing = [];
      w.__onKey = (event: KeyboardEvent) => {
        const start = event.timeStamp;
        (w.__afterPaint as (callback: () => void) => void)(() => (w.__typing as number[]).push(performance.now() - start));
      };
      document.addEventListener('keydown', w.__onKey as (event: KeyboardEvent) => void, true);
    });
    await page.keyboard.type('the goverment ', { delay: 100 });
    await page.waitForTimeout(600);
    samples.push(
      ...(await page.evaluate(() => {
        const w = window as unknown as BenchWindow;
        document.removeEventListener('keydown', w.__onKey as (event: KeyboardEvent) => void, true);
        return w.__typing as number[];
      })),
    );
  }
  return samples;
}

/**
 * Autosave: the longest main-thread tasks (see mainThreadTasks.ts) from 100 ms after a
 * keystroke (its own frame is painted by then) until its save has been answered and the
 * length panel is no longer busy (the page count of the saved note shown), plus 100 ms. The
 * save fires 150 ms after the last change; the section counts and the page count follow it,
 * all inside this window. The page itself says when the panel is done, so the driver sends
 * the page nothing meanwhile (its polling ran in the page's main thread too).
 *
 * Each round is followed by a window as long with nothing typed, to read the figure against:
 * what the page's own frames (the caret blinks), timers and V8's garbage-collection tasks give
 * when no autosave runs. Taken in turn, both kinds of window meet the collections that the
 * typing before them left due.
 */
async function measureAutosave(bench: EditorBench, rounds: number): Promise<{ autosave: LongestTasks[]; idle: LongestTasks[] }> {
  const { browser, page } = bench;
  const autosave: LongestTasks[] = [];
  const idle: LongestTasks[] = [];
  for (let i = 0; i < rounds; i++) {
    await page.waitForTimeout(2500);
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/notes.save'));
    await page.keyboard.type('y');
    await page.evaluate(() => {
      const panel = document.querySelector('.length-panel')!;
      (window as unknown as BenchWindow).__panelDone = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (panel.getAttribute('aria-busy') !== 'false') return;
          observer.disconnect();
          resolve();
        });
        observer.observe(panel, { attributes: true, attributeFilter: ['aria-busy'] });
      });
    });
    await page.waitForTimeout(100);
    const started = performance.now();
    const stopSave = await watchTasks(browser, page);
    await saved;
    await page.evaluate(() => (window as unknown as BenchWindow).__panelDone);
    await page.waitForTimeout(100);
    autosave.push(await stopSave());
    const length = performance.now() - started;

    await page.waitForTimeout(2500);
    const stopIdle = await watchTasks(browser, page);
    await page.waitForTimeout(length);
    idle.push(await stopIdle());
  }
  return { autosave, idle };
}

/** The length panel's page count line. */
const PAGES_LINE = '.length-panel p[aria-live]';

/**
 * Page count: a page break (Ctrl+Enter) adds a page and undo (Ctrl+Z) takes it away; from
 * that keystroke to the length panel showing the new count, painted.
 */
async function measurePageCount(page: Page, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds * 2; i++) {
    await page.waitForTimeout(1500);
    await page.evaluate((selector) => {
      const w = window as unknown as BenchWindow;
      const until = w.__untilPainted as (start: number, done: () => boolean, resolve: (ms: number) => void) => void;
      const before = document.querySelector(selector)?.textContent;
      w.__count = new Promise<number>((resolve) => {
        const onKey = (event: KeyboardEvent) => {
          document.removeEventListener('keydown', onKey, true);
          until(event.timeStamp, () => {
            const text = document.querySelector(selector)?.textContent ?? '';
            return /^\d+ page/.test(text) && text !== before;
          }, resolve);
        };
        document.addEventListener('keydown', onKey, true);
      });
    }, PAGES_LINE);
    await page.keyboard.press(i % 2 === 0 ? 'Control+Enter' : 'Control+Z');
    samples.push(await page.evaluate(() => Promise.race([(window as unknown as BenchWindow).__count as Promise<number>, new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 15_000))])));
  }
  return samples;
}

/**
 * Freshness in the UI after a library change: a development edited in the library, the
 * window told as when it regains focus after a change made elsewhere (the same check a change
 * from the library panel starts), to its snippet's chip flagged and painted.
 */
async function measureFlagged(bench: EditorBench, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const snippetId = `bench-snippet-${i * 10 + 1}`;
    const chip = bench.page.locator(`[data-snippet-id="${snippetId}"]`);
    const id = bench.developmentOf(snippetId);
    const current = await bench.backend.handlers['library.get']({ id });
    const fields = developmentFieldsSchema.parse({ ...current, summary: `${current.summary} Updated.` });
    await bench.backend.handlers['library.update']({ id, fields, revision: current.revision });
    samples.push(
      await chip.evaluate(
        (element) =>
          new Promise<number>((resolve) => {
            const w = window as unknown as BenchWindow;
            const until = w.__untilPainted as (start: number, done: () => boolean, resolve: (ms: number) => void) => void;
            const start = performance.now();
            until(start, () => (element as HTMLElement).dataset.state === 'outdated', resolve);
            window.dispatchEvent(new Event('focus'));
          }),
      ),
    );
  }
  return samples;
}

/**
 * "[[" search: for each keystroke of a query typed after "[[", from the keydown to the frame
 * after results for that query, or for a later keystroke's, arrived (a query overtaken by the
 * next keystroke need not be searched); then Enter on the first result to the inserted
 * snippet painted.
 */
async function measureInlineSearch(page: Page, words: string[], keyDelayMs: number): Promise<{ search: number[]; missed: number; insert: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const answered = new Map<string, number>();
    w.__answered = answered;
    // The menu says which query its hits answer (data-query); the frame after a new one is shown counts.
    const observer = new MutationObserver(() => {
      const query = document.querySelector<HTMLElement>('[role="listbox"][data-query]')?.dataset.query;
      if (query === undefined || answered.has(query)) return;
      answered.set(query, Number.NaN);
      (w.__afterPaint as (callback: () => void) => void)(() => answered.set(query, performance.now()));
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-query'] });
  });
  const search: number[] = [];
  const insert: number[] = [];
  let missed = 0;
  for (const word of words) {
    await page.keyboard.type(' [[', { delay: keyDelayMs });
    await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      const keys: number[] = [];
      w.__keys = keys;
      (w.__answered as Map<string, number>).clear();
      w.__onSearchKey = (event: KeyboardEvent) => keys.push(event.timeStamp);
      document.addEventListener('keydown', w.__onSearchKey as (event: KeyboardEvent) => void, true);
    });
    await page.keyboard.type(word, { delay: keyDelayMs });
    const latencies = await page.evaluate(
      (typed) =>
        new Promise<number[]>((resolve) => {
          const w = window as unknown as BenchWindow;
          document.removeEventListener('keydown', w.__onSearchKey as (event: KeyboardEvent) => void, true);
          const answered = w.__answered as Map<string, number>;
          const keys = w.__keys as number[];
          const deadline = performance.now() + 10_000;
          const poll = () => {
            if (!(answered.get(typed)! > 0) && performance.now() < deadline) return void setTimeout(poll, 5);
            // Keystroke k is answered when results for its query, or a later one, are on screen.
            resolve(
              keys.map((at, k) => {
                const shown = [...Array(typed.length - k).keys()]
                  .map((j) => answered.get(typed.slice(0, k + 1 + j)))
                  .filter((time): time is number => time !== undefined && time >= at);
                return shown.length > 0 ? Math.min(...shown) - at : Number.NaN;
              }),
            );
          };
          poll();
        }),
      word,
    );
    for (const ms of latencies) {
      if (Number.isNaN(ms)) missed++;
      else search.push(ms);
    }
    await page.getByRole('listbox', { name: 'Insert from library' }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      const until = w.__untilPainted as (start: number, done: () => boolean, resolve: (ms: number) => void) => void;
      const before = document.querySelectorAll('#note-body .snippet').length;
      w.__inserted = new Promise<number>((resolve) => {
        const onKey = (event: KeyboardEvent) => {
          document.removeEventListener('keydown', onKey, true);
          until(event.timeStamp, () => document.querySelectorAll('#note-body .snippet').length > before, resolve);
        };
        document.addEventListener('keydown', onKey, true);
      });
    });
    await page.keyboard.press('Enter');
    insert.push(await page.evaluate(() => (window as unknown as BenchWindow).__inserted as Promise<number>));
    await page.waitForTimeout(600);
  }
  return { search, missed, insert };
}

/**
 * The back end's share of the page count: notes.pageCount through the contract handler (read
 * the saved note, print it), after saving the note with and without a page break in the
 * middle, alternately (each a new print). It runs on a copy of the open note: saving the open
 * note behind the window's back would meet the window's next save with a revision conflict.
 * The saves are not timed.
 */
async function measureCountService(bench: EditorBench, rounds: number): Promise<number[]> {
  const { handlers } = bench.backend;
  const note = await handlers['notes.open']({ id: bench.noteId });
  const copy = await handlers['notes.create']({ templateId: note.template.id });
  const children = note.body.root.children;
  const middle = Math.floor(children.length / 2);
  const withBreak = { ...note.body, root: { ...note.body.root, children: [...children.slice(0, middle), { type: 'page-break', version: 1 }, ...children.slice(middle)] } };
  const samples: number[] = [];
  for (let i = 0; i < rounds * 2 + 2; i++) {
    await handlers['notes.save']({ id: copy.id, metadata: note.metadata, body: i % 2 === 0 ? withBreak : note.body, baseRevision: copy.revision + i });
    const start = performance.now();
    await handlers['notes.pageCount']({ id: copy.id });
    samples.push(performance.now() - start);
  }
  await handlers['notes.delete']({ id: copy.id });
  return samples.slice(2); // the first prints open the print page
}

/** The back end's freshness check of the saved note, through the contract handler. */
async function measureStatusService(bench: EditorBench, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds + 5; i++) {
    const start = performance.now();
    await bench.backend.handlers['snippets.status']({ noteId: bench.noteId });
    samples.push(performance.now() - start);
  }
  return samples.slice(5); // JIT warm-up
}

export async function benchEditor(): Promise<void> {
  console.log(`Editor and snippets (issues 4 and 5), real Chromium · ${machineLoad()}`);
  const bench = await startEditorBench((line) => console.log(line));
  try {
    const { page } = bench;
    const opens: { shown: number; fresh: number }[] = [];
    for (let i = 0; i < 6; i++) opens.push(await measureOpen(bench));
    opens.shift(); // the first open warms the browser cache and the JIT
    await caretInMiddle(page);
    await page.waitForTimeout(1500);
    const typing = await measureTyping(page, 100, 100);
    const burst = await measureTyping(page, 50, 30);
    const spelling = await measureSpellingTyping(page, 8);
    const autosave = await measureAutosave(bench, 12);
    const pageCount = await measurePageCount(page, 4);
    console.log(`  ${bench.exportedPages}-page note (as exported) with ${bench.tables} tables and ${bench.snippets} linked snippets, ${bench.outdated} of them outdated · ${machineLoad()}`);
    console.log(`  open: click to tables and snippets painted (≤ 500 ms)        ${stats(opens.map((o) => o.shown))}`);
    console.log(`  keystroke to painted, typing 10/s (p95 ≤ 16 ms)            ${stats(typing)}`);
    console.log(`  keystroke to painted, burst of 33/s                        ${stats(burst)}`);
    console.log(`  keystroke to painted, 10/s, misspellings checked and drawn (p95 ≤ 16 ms) ${stats(spelling)}`);
    console.log(`  longest main-thread task around autosave, V8's own garbage-collection tasks apart (≤ 10 ms) ${stats(autosave.autosave.map((tasks) => tasks.page))}`);
    console.log(`    V8's own garbage-collection tasks in those windows       ${stats(autosave.autosave.map((tasks) => tasks.heap))}`);
    console.log(`    windows as long with nothing typed, in turn: page tasks  ${stats(autosave.idle.map((tasks) => tasks.page))}`);
    console.log(`      and V8's garbage-collection tasks                     ${stats(autosave.idle.map((tasks) => tasks.heap))}`);
    // The target is for the count after the pause that triggers it: the autosave's pause is taken off the time from the keystroke.
    const afterPause = pageCount.map((ms) => ms - NOTE_SAVE_DELAY_MS);
    console.log(`  keystroke to new page count painted, the ${NOTE_SAVE_DELAY_MS} ms pause included ${stats(pageCount)}`);
    console.log(`  new page count painted after the pause (≤ ${TARGETS['editor.pageCount'].atMost} ms) ${stats(afterPause)}`);
    console.log(`    of which the back end's print and read of the draft      ${stats(await measureCountService(bench, 4))}`);
    console.log(`  freshness in the service, 400 snippets, 100,000 entries (≤ 50 ms) ${stats(await measureStatusService(bench, 50))}`);
    console.log(`  freshness: click to all 400 snippets' state shown          ${stats(opens.map((o) => o.fresh))}`);
    console.log(`  freshness: library change to the snippet flagged, painted  ${stats(await measureFlagged(bench, 5))}`);
    // [[ searches titles: type the longest word of eight generated titles (the library holds the same ones).
    const generator = makeGenerator(7);
    const words = Array.from({ length: 8 }, (_, i) => {
      const title = generator.development(i * 997, '2026-01-01T00:00:00.000Z').title;
      return title.split(/\s+/).reduce((longest, word) => (word.length > longest.length ? word : longest), '').toLowerCase();
    });
    await page.waitForTimeout(1500);
    const inline = await measureInlineSearch(page, words, 150);
    console.log(`  "[[" keystroke to results painted, 100,000 entries (≤ 100 ms) ${stats(inline.search)}${inline.missed ? ` · ${inline.missed} keystrokes got no results within 10 s` : ''}`);
    console.log(`  insert a snippet: Enter to painted (≤ 16 ms)               ${stats(inline.insert)}`);
    record('editor.typeahead', inline.search);
    record('editor.insertSnippet', inline.insert);
    record('editor.typing', typing);
    record('editor.spelling', spelling);
    record('editor.pageCount', afterPause);
    console.log(`  ${machineLoad()}`);
  } finally {
    await bench.close();
  }
}
