// Sharing a note: export of a note citing 200 library entries (with their histories), and
// its import into another workspace where half of those entries collide, through the
// contract handlers on real note files and real library.db files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { developmentFieldsSchema } from '../../common/development';
import { editorState, paragraphNode, textNode, type SerializedNode } from '../../common/editorState';
import type { Backend } from '../../electron/services/bootstrap';
import { openLibrary } from '../../electron/services/library/library';
import { startTestBackend } from '../support/backendFixture';
import { developmentFields } from '../support/developmentFields';
import { snippetNode } from '../support/snippetNodes';
import { stats } from './stats';

const SOURCES = 200;

/** The same 200 entries (fixed ids) in a workspace, each with a second revision. */
async function seedLibrary(backend: Backend, summary: (n: number) => string): Promise<string[]> {
  // A second connection to the workspace's library.db (WAL), to give the entries fixed ids.
  const library = openLibrary(backend.workspace.libraryFile);
  const ids: string[] = [];
  for (let n = 0; n < SOURCES; n++) {
    const created = library.create(developmentFields({ title: `Shared source ${n}`, summary: `First summary ${n}.`, fullText: `Full text ${n}. `.repeat(200) }), { id: `shared-source-${n}` });
    library.update(created.id, developmentFieldsSchema.parse({ ...created, summary: summary(n) }), 1);
    ids.push(created.id);
  }
  library.close();
  return ids;
}

export async function noteShareBench(): Promise<void> {
  const senderDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-share-'));
  const receiverDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-share-'));
  const sender = startTestBackend(senderDir);
  const receiver = startTestBackend(receiverDir);
  try {
    const ids = await seedLibrary(sender, (n) => `Sender summary ${n}.`);
    // Half of the receiver's entries of the same ids were edited differently: collisions.
    await seedLibrary(receiver, (n) => (n % 2 === 0 ? `Receiver summary ${n}.` : `Sender summary ${n}.`));
    const note = await sender.handlers['notes.create']({ templateId: 'decision-note' });
    const children: SerializedNode[] = ids.map((developmentId, n) =>
      paragraphNode([textNode('As reported, '), snippetNode({ id: `s-${n}`, developmentId, text: `Sender summary ${n}.`, sourceRevision: 2 })]),
    );
    await sender.handlers['notes.save']({ id: note.id, metadata: note.metadata, body: editorState(children), baseRevision: note.revision });

    const shareTimes: number[] = [];
    const importTimes: number[] = [];
    let bytes = 0;
    let collisions = 0;
    for (let round = 0; round < 23; round++) {
      let start = performance.now();
      const { outcome } = await sender.handlers['notes.share']({ noteId: note.id });
      shareTimes.push(performance.now() - start);
      if (outcome.delivery !== 'download') throw new Error('expected a download');
      bytes = Buffer.from(outcome.dataBase64, 'base64').length;
      start = performance.now();
      const result = await receiver.handlers['notes.importShared']({ fileName: 'bench.brieflink-note.json', dataBase64: outcome.dataBase64 });
      importTimes.push(performance.now() - start);
      collisions = result.sources.filter((source) => source.match === 'collision').length;
    }
    // The first three rounds warm up the JIT and are left out.
    shareTimes.splice(0, 3);
    importTimes.splice(0, 3);
    console.log(`Sharing a note citing ${SOURCES} library entries (file ${(bytes / 1024).toFixed(0)} KB, ${collisions} collisions on import):`);
    console.log(`  share (read note + entries with history, write file) ${stats(shareTimes)}`);
    console.log(`  import (parse, compare with library, write note)     ${stats(importTimes)}`);
  } finally {
    await sender.close();
    await receiver.close();
    fs.rmSync(senderDir, { recursive: true, force: true });
    fs.rmSync(receiverDir, { recursive: true, force: true });
  }
}
