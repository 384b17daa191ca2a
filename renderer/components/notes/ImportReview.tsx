import { useId, useState } from 'react';
import { messageOf } from '../../../common/messageOf';
import { useClient } from '../../client/ClientContext';
import { useAnnounce } from '../../state/announcer';
import { useOpenNote } from '../../state/openNote';
import { runOnSavedNote } from '../../state/runOnSavedNote';
import { FilePicker } from '../FilePicker';
import { readUpload } from '../library/readUpload';

/**
 * "Import review from DOCX…": a Word document exported from this note and commented by a
 * reviewer; the back end adds their comments to the saved note, which then opens again to
 * show them in the Review panel. A refusal (the text no longer matches) stays on screen.
 */
export function ImportReview() {
  const client = useClient();
  const announce = useAnnounce();
  const openNote = useOpenNote();
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  async function importFile(file: File) {
    setProblem(null);
    try {
      const dataBase64 = await readUpload(file);
      const result = await runOnSavedNote(openNote, () => client.call('notes.importReview', { noteId: openNote.id, fileName: file.name, dataBase64 }));
      announce(result.message);
    } catch (error) {
      setProblem(`Review not imported: ${messageOf(error)}`);
      announce(`Review not imported: ${messageOf(error)}`);
    }
  }

  return (
    <span className="import-review">
      <FilePicker
        id={`${id}-file`}
        label="Import review from DOCX…"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onFile={(file) => void importFile(file)}
      />
      {problem && (
        <span className="problems" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
