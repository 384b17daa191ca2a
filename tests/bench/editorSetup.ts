// One workspace for the editor benchmarks: a copy of the 100,000-entry bench library and the
// long note of issue 4 (40 pages, 20 tables, 400 linked snippets), served by the browser host
// to real Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CommentThread } from '../../common/comments';
import type { Development } from '../../common/development';
import type { SerializedEditorState } from '../../common/editorState';
import { PROJECT_ROOT, startBrowserBackend } from '../../electron/host/browserBackend';
import { newToken } from '../../electron/host/guards';
import { startHostServer } from '../../electron/host/server';
import { CHROMIUM_ARGS, findChromium } from '../../electron/host/print/findChromium';
import { PLACE_STORAGE_KEY } from '../../renderer/state/savedPlace';
import { benchWorkspace } from './generateLibrary';
import { longNoteBody } from './longNote';

export const LIBRARY_SIZE = 100_000;
export const NOTE_SUBJECT = 'Long note';
/** One snippet in this many points at a development edited since, so the check finds outdated ones. */
const OUTDATED_EVERY = 10;

export interface EditorBench {
  backend: ReturnType<typeof startBrowserBackend>;
  noteId: string;
  /** Pages of the note as exported (the real PDF export). */
  exportedPages: number;
  snippets: number;
  tables: number;
  outdated: number;
  /** The development a bench snippet (`bench-snippet-N`) was taken from. */
  developmentOf(snippetId: string): string;
  browser: Browser;
  page: Page;
  url: string;
  close(): Promise<void>;
}

/** Changes the long note before it is saved, such as putting a reviewer's comments and suggestions on it. */
export type DressNote = (body: SerializedEditorState) => { body: SerializedEditorState; comments?: CommentThread[] };

export async function startEditorBench(log: (line: string) => void, dress?: DressNote): Promise<EditorBench> {
  const library = benchWorkspace(LIBRARY_SIZE, log);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-editor-'));
  fs.copyFileSync(path.join(library, 'library.db'), path.join(dataDir, 'library.db'));
  // Developments spread over the library; every tenth edited since its snippet was taken.
  const ids = Array.from({ length: 400 }, (_, i) => `bench-${i * 241}`);
  const db = new Database(path.join(dataDir, 'library.db'));
  const outdatedIds = ids.filter((_, i) => i % OUTDATED_EVERY === 5);
  const bump = db.prepare('UPDATE developments SET revision = revision + 1 WHERE id = ?');
  const backend = startBrowserBackend(dataDir);
  const developments: Development[] = [];
  for (const id of ids) developments.push(await backend.handlers['library.get']({ id }));
  db.transaction(() => outdatedIds.forEach((id) => bump.run(id)))();
  db.close();

  const note = await backend.handlers['notes.create']({ templateId: 'information-note' });
  const long = longNoteBody(developments, note.template.sections.map((section) => section.heading));
  const { snippets, tables } = long;
  const { body, comments } = dress ? dress(long.body) : { body: long.body, comments: undefined };
  await backend.handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: NOTE_SUBJECT }, body, comments, baseRevision: note.revision });
  const exportedPages = (await backend.handlers['export.preview']({ noteId: note.id, draft: false })).pageCount;

  const token = newToken();
  const server = await startHostServer({ handlers: backend.handlers, rendererDir: path.join(PROJECT_ROOT, 'out', 'renderer'), token, port: 0 });
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx keeps function names with a `__name` helper that functions sent to the page refer to.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  // The benches open the note from the list themselves. Without this, a reload reopens the
  // note the window last had open (its saved place), and a measured open races that one.
  await page.addInitScript(`localStorage.removeItem(${JSON.stringify(PLACE_STORAGE_KEY)});`);
  const url = `${server.url}#token=${token}`;
  await page.goto(url);
  return {
    backend,
    noteId: note.id,
    exportedPages,
    snippets,
    tables,
    outdated: outdatedIds.length,
    developmentOf: (snippetId) => ids[Number(snippetId.replace('bench-snippet-', ''))],
    browser,
    page,
    url,
    async close() {
      await browser.close();
      await server.close();
      await backend.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
