/**
 * A second process writing one note, for tests of saves across processes:
 * `node --import tsx tests/support/appendLoop.ts <dataDir> <noteId> <label> <count>`.
 * Each round reads the note, appends a paragraph "<label> <n>" and saves it on the revision
 * it read; a refused save (changed by the other process meanwhile) reads again. Prints the
 * paragraphs whose save was acknowledged, as JSON.
 */
import { paragraphNode, textNode } from '../../common/editorState';
import { AppError } from '../../common/result';
import { createNoteService } from '../../electron/services/notes/noteService';
import { openWorkspace } from '../../electron/services/workspace';

const [dataDir, noteId, label, countText] = process.argv.slice(2);
const notes = createNoteService(openWorkspace(dataDir));
const acknowledged: string[] = [];
let refused = 0;
for (let n = 0; acknowledged.length < Number(countText); n++) {
  const note = notes.open(noteId);
  const text = `${label} ${n}`;
  const body = { ...note.body, root: { ...note.body.root, children: [...note.body.root.children, paragraphNode([textNode(text)])] } };
  try {
    notes.save(noteId, note.metadata, body, note.revision);
    acknowledged.push(text);
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== 'REVISION_CONFLICT' && error.code !== 'NOTE_BUSY')) throw error;
    refused += 1;
  }
}
process.stdout.write(JSON.stringify({ acknowledged, refused }));
