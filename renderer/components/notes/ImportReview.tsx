import { useRef, useState, type ReactNode } from 'react';
import { messageOf } from '../../../common/messageOf';
import { useClient } from '../../client/ClientContext';
import { useAnnounce } from '../../state/announcer';
import { useOpenNote } from '../../state/openNote';
import { runOnSavedNote } from '../../state/runOnSavedNote';
import { readUpload } from '../library/readUpload';

/**
 * "Import review from DOCX…": a Word document exported from this note and commented by a
 * reviewer; the back end adds their comments to the saved note, which then opens again to
 * show them in the Review panel. `chooseFile` opens the file chooser (the More actions item
 * calls it); `view` is the hidden file input and, after a refusal (the text no longer
 * matches), the reason, which stays on screen.
 */
export function useImportReview(): { chooseFile(): void; view: ReactNode } {
  const client = useClient();
  const announce = useAnnounce();
  const openNote = useOpenNote();
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

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

  const view = (
    <>
      {/* Opened by the menu item; the input itself is never shown or focused. */}
      <input
        ref={input}
        type="file"
        hidden
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {problem && (
        <p className="problems" role="alert">
          {problem}
        </p>
      )}
    </>
  );
  return { chooseFile: () => input.current?.click(), view };
}
