import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../common/dispatch';
import { editorState, paragraphNode, plainText, textNode } from '../../../../../common/editorState';
import type { Development } from '../../../../../common/development';
import type { Note } from '../../../../../common/note';
import type { Result } from '../../../../../common/result';
import { NOTE_EXTENSION, parseNoteText } from '../../../../../electron/services/notes/noteFile';
import { TEMP_FILE_GRACE_MS } from '../../../../../electron/services/startupSweep';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';
import { developmentFields } from '../../../../support/developmentFields';
import { bundleKillLoopBackend } from '../../../../support/killLoopBundle';

/** The issue asks for at least 100 kills per run (KILL_LOOP_KILLS changes it for a quick try). */
const KILLS = Number(process.env.KILL_LOOP_KILLS ?? 100);
/** Back ends loaded and waiting, so a restart never waits for code to load. */
const SPARES = 3;
const NOTES = 3;

/** A back-end process: its code loaded, waiting for the workspace to open. */
interface Child {
  process: ChildProcessWithoutNullStreams;
  lines: AsyncIterator<string>;
}

function spawnChild(bundle: string): Child {
  const child = spawn(process.execPath, [bundle], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.resume();
  child.stdin.on('error', () => {});
  return { process: child, lines: readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]() };
}

async function nextLine(child: Child): Promise<Record<string, unknown> | null> {
  const next = await child.lines.next();
  return next.done ? null : (JSON.parse(next.value) as Record<string, unknown>);
}

const body = (text: string) => editorState([paragraphNode([textNode(text)]), paragraphNode([textNode('Filler so a save takes a while. '.repeat(600))])]);
const counterIn = (note: Note) => Number(/save (\d+)/.exec(plainText(note.body.root))?.[1] ?? -1);

describe('the back end killed with SIGKILL at random moments', () => {
  const dataDir = makeTempDir('brieflink-kill-loop-');
  afterAll(() => removeTempDir(dataDir));

  it(`loses no acknowledged write and leaves every file readable after ${KILLS} kills`, async () => {
    const started = performance.now();
    const bundle = await bundleKillLoopBackend();

    // Notes to save, made before the loop by the back end in this process.
    const setup = startTestBackend(dataDir);
    const notes: Note[] = [];
    for (let i = 0; i < NOTES; i++) {
      const created = await dispatch(setup.handlers, 'notes.create', { templateId: 'decision-note' });
      if (!created.ok) throw new Error(created.error.message);
      notes.push(created.value as Note);
    }
    await setup.close();

    /** What each back end said was done: the highest save counter per note, each library entry's title and revision. */
    const ackedSave = new Map<string, number>();
    const sentSave = new Map<string, number>();
    const ackedEntries = new Map<string, { title: string; revision: number }>();
    const tried = { saves: 0, creates: 0, updates: 0, imports: 0 };
    let counter = 0;
    let kills = 0;
    let acknowledged = 0;
    const crashes: string[] = [];
    const timing = { waitingForSpare: 0, opening: 0, opened: 0 };

    const spares: Child[] = [];
    const topUp = () => {
      while (spares.length < SPARES) spares.push(spawnChild(bundle));
    };
    topUp();

    while (kills < KILLS) {
      const child = spares.shift()!;
      topUp();
      const waitStarted = performance.now();
      if ((await nextLine(child))?.loaded !== true) throw new Error('a back end did not load');
      timing.waitingForSpare += performance.now() - waitStarted;
      const openStarted = performance.now();
      let calls = 0;
      const pending = new Map<number, (result: Result<unknown>) => void>();
      const call = (method: string, args: unknown) =>
        new Promise<Result<unknown>>((resolve) => {
          const id = ++calls;
          pending.set(id, resolve);
          child.process.stdin.write(`${JSON.stringify({ id, method, args })}\n`);
        });
      let alive = true;
      // A back end that ends on its own (start-up failed after a kill) is a finding, not a kill.
      const exited = new Promise<void>((resolve) =>
        child.process.once('exit', (code, signal) => {
          if (signal !== 'SIGKILL') crashes.push(`exit code ${code} ${signal ?? ''}`);
          resolve();
        }),
      );
      let onReady = () => {};
      void (async () => {
        for (let line = await nextLine(child); line; line = await nextLine(child)) {
          if (line.ready === true) onReady();
          else if (typeof line.id === 'number') pending.get(line.id)?.(line.result as Result<unknown>);
        }
      })();

      // Kill during start-up now and then (the library and the sweep are then half done), mostly while writing.
      child.process.stdin.write(`${JSON.stringify({ open: dataDir })}\n`);
      const kill = () => {
        alive = false;
        child.process.kill('SIGKILL');
      };
      const duringStartUp = Math.random() < 0.15;
      let killer = duringStartUp ? setTimeout(kill, Math.random() * 100) : undefined;

      const work = async () => {
        while (alive) {
          const choice = Math.random();
          if (choice < 0.5) {
            const note = notes[Math.floor(Math.random() * NOTES)];
            const n = ++counter;
            sentSave.set(note.id, n);
            tried.saves++;
            // A save is made on the revision on disk now: a kill may have landed a save that was never acknowledged.
            const current = await call('notes.open', { id: note.id });
            if (!current.ok) continue;
            const baseRevision = (current.value as { revision: number }).revision;
            const result = await call('notes.save', { id: note.id, metadata: note.metadata, body: body(`save ${n}`), baseRevision });
            if (result.ok) {
              ackedSave.set(note.id, Math.max(ackedSave.get(note.id) ?? 0, n));
              acknowledged++;
            }
          } else if (choice < 0.7 || ackedEntries.size === 0) {
            const title = `Entry ${++counter}`;
            tried.creates++;
            const result = await call('library.create', { fields: developmentFields({ title }) });
            if (result.ok) {
              ackedEntries.set((result.value as Development).id, { title, revision: (result.value as Development).revision });
              acknowledged++;
            }
          } else if (choice < 0.85) {
            const ids = [...ackedEntries.keys()];
            const id = ids[Math.floor(Math.random() * ids.length)];
            const current = await call('library.get', { id });
            if (!current.ok) continue;
            const title = `Entry ${++counter} edited`;
            tried.updates++;
            const development = current.value as Development;
            const result = await call('library.update', { id, fields: developmentFields({ title }), revision: development.revision });
            if (result.ok) {
              ackedEntries.set(id, { title, revision: (result.value as Development).revision });
              acknowledged++;
            }
          } else {
            tried.imports++;
            const proposal = await call('library.importText', { text: `Imported report ${++counter}. The ministry announced a consultation on trade rules. It closes in March.` });
            if (!proposal.ok) continue;
            const fields = (proposal.value as { fields: Development }).fields;
            const result = await call('library.saveImport', { action: 'keep both', fields });
            if (result.ok) {
              ackedEntries.set((result.value as Development).id, { title: fields.title, revision: (result.value as Development).revision });
              acknowledged++;
            }
          }
        }
      };
      onReady = () => {
        timing.opening += performance.now() - openStarted;
        timing.opened += 1;
        killer ??= setTimeout(kill, Math.random() * 400);
        void work();
      };
      await exited;
      clearTimeout(killer);
      alive = false;
      kills++;
    }
    for (const spare of spares) spare.process.kill('SIGKILL');
    expect(crashes).toEqual([]);
    const loopSeconds = (performance.now() - started) / 1000;

    // The sweep spares temporary files younger than its grace period (another Brieflink may be writing them).
    await new Promise((resolve) => setTimeout(resolve, TEMP_FILE_GRACE_MS + 500));
    const after = startTestBackend(dataDir);
    try {
      const leftovers: string[] = [];
      const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const file = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(file);
          else if (entry.name.endsWith('.tmp')) leftovers.push(file);
        }
      };
      walk(dataDir);
      expect(leftovers).toEqual([]);

      // Every note file (a lock file a kill left beside one is not a note: the next write breaks it).
      for (const name of fs.readdirSync(after.workspace.notesDir).filter((file) => file.endsWith(NOTE_EXTENSION) && !file.startsWith('.'))) {
        parseNoteText(fs.readFileSync(path.join(after.workspace.notesDir, name), 'utf8'));
      }
      const lost: string[] = [];
      for (const note of notes) {
        const opened = await dispatch(after.handlers, 'notes.open', { id: note.id });
        if (!opened.ok) throw new Error(opened.error.message);
        const saved = counterIn(opened.value as Note);
        const acked = ackedSave.get(note.id) ?? -1;
        if (saved < acked) lost.push(`note ${note.id}: save ${acked} acknowledged, file holds save ${saved}`);
        expect(saved).toBeLessThanOrEqual(sentSave.get(note.id) ?? -1);
      }
      for (const [id, acked] of ackedEntries) {
        const found = await dispatch(after.handlers, 'library.get', { id });
        if (!found.ok) lost.push(`library entry ${id} (${acked.title}) acknowledged, missing: ${found.error.message}`);
        else if ((found.value as Development).revision < acked.revision) lost.push(`library entry ${id}: revision ${acked.revision} acknowledged, holds ${(found.value as Development).revision}`);
      }
      expect(lost).toEqual([]);
    } finally {
      await after.close();
    }
    const db = new Database(path.join(dataDir, 'library.db'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
    console.info(
      `Kill loop: ${kills} SIGKILLs in ${loopSeconds.toFixed(1)} s; calls tried ${JSON.stringify(tried)}; ` +
        `${acknowledged} writes acknowledged (the last of each checked on ${ackedSave.size} notes and ${ackedEntries.size} library entries), none lost; integrity_check ok; no temporary file left; ` +
        `waiting for a loaded spare ${(timing.waitingForSpare / 1000).toFixed(1)} s in all, opening the workspace ${(timing.opening / Math.max(1, timing.opened)).toFixed(0)} ms on average`,
    );
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    // A loop that never reached a write would prove nothing.
    expect(ackedSave.size).toBeGreaterThan(0);
    expect(ackedEntries.size).toBeGreaterThan(0);
    // About a minute on two free cores; far longer on a machine busy with other work, hence the wide limit.
  }, 900_000);
});
