// Linked snippets: the freshness check of a note with 400 snippets (target ≤ 50 ms), through
// the contract handler on a real note file and a real library.db.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { contract } from '../../common/contract';
import { editorState, paragraphNode, textNode, type SerializedNode } from '../../common/editorState';
import { DEFAULT_DEVELOPMENTS } from '../../electron/services/library/defaultDevelopments';
import { startTestBackend } from '../support/backendFixture';
import { snippetNode } from '../support/snippetNodes';
import { stats } from './stats';

const SNIPPETS = 400;

/** 400 snippets over the default library's developments (every fifth one missing), ten to a paragraph. */
function bodyWithSnippets(): ReturnType<typeof editorState> {
  const paragraphs: SerializedNode[] = [];
  for (let p = 0; p < SNIPPETS / 10; p++) {
    const children: SerializedNode[] = [];
    for (let i = 0; i < 10; i++) {
      const n = p * 10 + i;
      const developmentId = n % 5 === 4 ? `missing-${n}` : DEFAULT_DEVELOPMENTS[n % DEFAULT_DEVELOPMENTS.length].id;
      children.push(textNode(' and '), snippetNode({ id: `s-${n}`, developmentId, text: `Snippet text number ${n}.`, sourceRevision: 1 }));
    }
    paragraphs.push(paragraphNode(children));
  }
  return editorState(paragraphs);
}

export async function snippetsBench(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-snippets-'));
  const backend = startTestBackend(dataDir);
  try {
    const note = await backend.handlers['notes.create']({ templateId: 'decision-note' });
    // Half the library edited since insertion, so the check also reads current part texts.
    const db = new Database(backend.workspace.libraryFile);
    db.prepare('UPDATE developments SET revision = 3 WHERE rowid % 2 = 0').run();
    db.close();
    const body = bodyWithSnippets();
    await backend.handlers['notes.save']({ id: note.id, metadata: note.metadata, body, baseRevision: note.revision });
    const saved: number[] = [];
    const unsaved: number[] = [];
    let report;
    for (let round = 0; round < 105; round++) {
      let start = performance.now();
      report = await backend.handlers['snippets.status']({ noteId: note.id });
      saved.push(performance.now() - start);
      start = performance.now();
      // As a host does: validate the arguments (the whole body), then check.
      await backend.handlers['snippets.status'](contract['snippets.status'].args.parse({ body }));
      unsaved.push(performance.now() - start);
    }
    const counts = report!.snippets.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.state]: (acc[s.state] ?? 0) + 1 }), {});
    // The first five rounds warm up the JIT and are left out.
    saved.splice(0, 5);
    unsaved.splice(0, 5);
    console.log(`Snippet freshness, ${SNIPPETS} snippets (${JSON.stringify(counts)}), target ≤ 50 ms:`);
    console.log(`  saved note (read file + check) ${stats(saved)}`);
    console.log(`  unsaved body (validate + check) ${stats(unsaved)}`);
  } finally {
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  await backlinksRebuildBench();
}

/** Start-up with an empty backlinks index: 500 notes of 40 snippets each are read and indexed. */
async function backlinksRebuildBench(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-backlinks-'));
  let backend = startTestBackend(dataDir);
  try {
    const body = bodyWithSnippets();
    const fewer = { ...body, root: { ...body.root, children: body.root.children.slice(0, 4) } };
    for (let i = 0; i < 500; i++) {
      const note = await backend.handlers['notes.create']({ templateId: 'decision-note' });
      await backend.handlers['notes.save']({ id: note.id, metadata: note.metadata, body: fewer, baseRevision: note.revision });
    }
    const samples: { empty: number; current: number }[] = [];
    for (let round = 0; round < 5; round++) {
      await backend.close();
      const db = new Database(path.join(dataDir, 'library.db'));
      db.exec('DELETE FROM note_citations; DELETE FROM note_index;');
      db.close();
      let start = performance.now();
      backend = startTestBackend(dataDir);
      const empty = performance.now() - start;
      await backend.close();
      start = performance.now();
      backend = startTestBackend(dataDir);
      samples.push({ empty, current: performance.now() - start });
    }
    const links = await backend.handlers['library.backlinks']({ developmentId: DEFAULT_DEVELOPMENTS[0].id });
    console.log(`Back-end start-up with 500 notes of 40 snippets (${links.length} cite the first development):`);
    console.log(`  backlinks index empty (rebuilt) ${stats(samples.map((s) => s.empty))}`);
    console.log(`  backlinks index current         ${stats(samples.map((s) => s.current))}`);
  } finally {
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
