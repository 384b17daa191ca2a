import { useMemo, useRef, useState } from 'react';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleEntry } from '../../../common/bundle';
import type { SharedNoteImportResult, SharedSourceReport } from '../../../common/noteShare';
import { useClient } from '../../client/ClientContext';
import { messageOf } from '../../../common/messageOf';
import { useAnnounce } from '../../state/announcer';
import { useIncomingFiles } from '../../state/incomingFiles';
import { useOpenNoteIfAny } from '../../state/openNote';
import { useLibraryChanged } from '../../state/libraryChanges';
import { bytesToBase64, readUpload } from '../library/readUpload';
import { FilePicker, openFilePicker } from '../FilePicker';
import { useWindowCommandActions } from '../../state/windowCommands';
import { Modal } from '../Modal';

interface SharedNoteImportProps {
  refreshNotes(): Promise<unknown>;
  onOpen(id: string): void;
}

/** What a source's comparison means for the user, in words. */
function matchText(source: SharedSourceReport): string {
  const local = source.local;
  switch (source.match) {
    case 'missing':
      return 'not in your library.';
    case 'same':
      return 'the same as your library entry.';
    case 'newer':
      return `your library has a later revision (${local?.revision}) of it; the note is checked against yours as usual.`;
    case 'older':
      return `your library has an earlier revision (${local?.revision}) of it.`;
    case 'collision':
      return `differs from your library entry “${local?.title}” (revision ${local?.revision}) with the same id. Both are kept: your entry was not changed, and the note keeps its own version. In the note, choose the snippet and “Compare with library”.`;
  }
}

/** What an import did, in a sentence, for the announcement. */
function importedText(imported: SharedNoteImportResult): string {
  return imported.merged ? `Merged the shared copy of “${imported.note.title}” into your note. ${imported.merged}` : `Imported the shared note “${imported.note.title}”.`;
}

/**
 * "Import a shared note": adds a colleague's note as a new note, or merges their copy of a note
 * that is here into it, and lists how its sources compare with the library.
 */
export function SharedNoteImport({ refreshNotes, onOpen }: SharedNoteImportProps) {
  const client = useClient();
  const announce = useAnnounce();
  const openNote = useOpenNoteIfAny();
  const libraryChanged = useLibraryChanged();
  const [result, setResult] = useState<SharedNoteImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const picker = useRef<HTMLInputElement>(null);
  useWindowCommandActions(useMemo(() => ({ 'note.importShared': () => openFilePicker(picker.current) }), []));

  // A shared note dropped on the window is imported as one chosen here; one opened from the desktop was imported already.
  useIncomingFiles('sharedNote', async (incoming) => {
    // One after another: the dialog shows the last.
    for (const item of incoming) {
      if ('file' in item) {
        await importFile(item.file);
        continue;
      }
      await refreshNotes();
      setProblem(null);
      setAdded(new Set());
      setResult(item.imported);
      announce(importedText(item.imported));
    }
  });

  async function importFile(file: File) {
    setProblem(null);
    try {
      const dataBase64 = await readUpload(file);
      // A copy of the open note is merged into the note as saved, and the window then shows the merge.
      await openNote?.flush();
      const imported = await client.call('notes.importShared', { fileName: file.name, dataBase64 });
      if (imported.merged && openNote?.id === imported.note.id) openNote.reopen();
      await refreshNotes();
      setAdded(new Set());
      setResult(imported);
      announce(importedText(imported));
    } catch (error) {
      setProblem(messageOf(error));
      announce(`Not imported: ${messageOf(error)}`);
    }
  }

  /** Adds sources missing here, or takes later revisions of an entry, through the library's bundle merge (which never overwrites a conflict). */
  async function addToLibrary(entries: BundleEntry[]) {
    try {
      const bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: new Date().toISOString(), entries };
      const dataBase64 = bytesToBase64(new TextEncoder().encode(JSON.stringify(bundle)));
      const merged = await client.call('library.importBundle', { fileName: 'shared note sources', dataBase64 });
      const settled = entries.filter((entry) => !merged.conflicts.some((conflict) => conflict.theirs.id === entry.development.id));
      setAdded((previous) => new Set([...previous, ...settled.map((entry) => entry.development.id)]));
      libraryChanged();
      announce(`Added ${merged.added} and updated ${merged.updated} library entr${merged.added + merged.updated === 1 ? 'y' : 'ies'}.`);
    } catch (error) {
      announce(messageOf(error));
    }
  }

  const pending = (result?.sources ?? []).filter((source) => source.entry && !added.has(source.developmentId));
  const collisions = (result?.sources ?? []).filter((source) => source.match === 'collision');

  return (
    <div className="shared-note-import">
      <FilePicker id="shared-note-import" label="Import a shared note" accept=".json,application/json" inputRef={picker} onFile={(file) => void importFile(file)} />
      {problem && (
        <p className="problems" role="alert">
          {problem}
        </p>
      )}
      <Modal open={result !== null} title={result?.merged ? 'Shared note merged' : 'Shared note imported'} onClose={() => setResult(null)}>
        {result && (
          <>
            {result.merged ? (
              <p>
                “{result.note.title}” is already in your notes, so this copy was merged into it. {result.merged}
              </p>
            ) : (
              <p>
                “{result.note.title}” was added to your notes
                {result.renamed ? ' as a new note (a note with the same id is already here and was left as it is)' : ''}.
              </p>
            )}
            {result.notMerged && <p role="alert">It could not be merged into your note: {result.notMerged}</p>}
            {collisions.length > 0 && (
              <p role="alert">
                {collisions.length} source{collisions.length === 1 ? ' differs' : 's differ'} from your library entr{collisions.length === 1 ? 'y' : 'ies'} with
                the same id. Nothing was overwritten.
              </p>
            )}
            {result.sources.length === 0 ? (
              <p>It carries no entries from the sender’s library (its snippets still cite their sources).</p>
            ) : (
              <ul className="shared-sources" aria-label="Sources of the shared note">
                {result.sources.map((source) => (
                  <li key={source.developmentId}>
                    <strong>{source.title}</strong>: {added.has(source.developmentId) ? 'added to your library.' : matchText(source)}
                    {source.entry && !added.has(source.developmentId) && (
                      <button type="button" onClick={() => addToLibrary([source.entry!])}>
                        {source.match === 'older' ? `Update “${source.title}” in my library` : `Add “${source.title}” to my library`}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <div className="dialog-buttons">
              {pending.length > 1 && (
                <button type="button" onClick={() => addToLibrary(pending.map((source) => source.entry!))}>
                  Add all to my library
                </button>
              )}
              <button
                type="button"
                className="primary"
                onClick={() => {
                  onOpen(result.note.id);
                  setResult(null);
                }}
              >
                Open the note
              </button>
              <button type="button" onClick={() => setResult(null)}>
                Close
              </button>
            </div>
          </>
        )}
      </Modal>
    </div>
  );
}
