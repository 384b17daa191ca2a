import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { SerializedEditorState } from '../../common/editorState';
import { noteTitle, type Note, type NoteMetadata } from '../../common/note';
import { noteLanguage } from '../../common/noteLanguage';
import { sectionStats } from '../../common/noteStructure';
import type { ErrorCode } from '../../common/result';
import { unwrapUnreadableSnippets } from '../../common/snippetBody';
import { ClientError } from '../client/client';
import { useClient } from '../client/ClientContext';
import { BodyEditor } from '../editor/BodyEditor';
import type { BodyChange } from '../editor/plugins/BodyChangePlugin';
import { useAutosave, type SaveStateStore, type SaveStatus } from '../hooks/useAutosave';
import { createValueStore, useStoreValue } from '../hooks/valueStore';
import { CitationControls } from './CitationControls';
import { ExportButton } from './ExportButton';
import { exportWarnings, type LastPrint } from './exportWarnings';
import { LiveLengthPanel, type SavedBody } from './LiveLengthPanel';
import { MetadataForm } from './MetadataForm';
import { NoteHeaderExtras } from './notes/NoteHeaderExtras';
import { NoteLoadProblem } from './notes/NoteLoadProblem';
import { SaveConflictDialog } from './notes/SaveConflictDialog';
import { SharedSourcesProvider } from './notes/SharedSourcesProvider';
import { TheirVersionPanel } from './notes/TheirVersionPanel';
import { useSaveConflict } from './notes/useSaveConflict';
import { PreviewButton } from './preview/PreviewButton';

interface NoteEditorProps {
  noteId: string;
  onSaved(note: { id: string; title: string; revision: number; updatedAt: string }): void;
  onTrash(id: string): void;
  announce(message: string): void;
  /** Opens this note again from disk (after a restore from history or a snapshot). */
  onReopen(): void;
  /**
   * Filled with this editor's flush, so the notes list can save pending changes before acting
   * on the note; it gives the revision saved, which an action on the note is made on.
   */
  flushRef?: RefObject<(() => Promise<number>) | null>;
  /** A note just made from a template: the caret goes to its Subject, the first thing to write. */
  focusSubject?: boolean;
}

interface Draft {
  metadata: NoteMetadata;
  /** The body as opened, or the editor's last change, written as JSON only to be saved. */
  body: SerializedEditorState | BodyChange;
}

function isBodyChange(body: Draft['body']): body is BodyChange {
  return typeof (body as Partial<BodyChange>).json === 'function';
}

/**
 * The body's JSON text for a save. The editor writes only the blocks changed since its last
 * save, and never builds the long note's tree of objects: built, that tree cost milliseconds
 * to make and, outliving the young generation, made minor garbage collections copy it.
 */
function bodyJson(body: Draft['body']): string {
  return isBodyChange(body) ? body.json() : JSON.stringify(body);
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'All changes saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
};

/**
 * The note is saved this long after the last change, and then counted and its sections
 * measured from what was saved: a keystroke never waits for any of it, and the long note's
 * body is serialized and sent once per pause.
 */
const SAVE_DELAY_MS = 150;

const MemoBodyEditor = memo(BodyEditor);

/** The save state line: with the length panel, the only part of the note that re-renders as saves come and go. */
function SaveStatusLine({ store }: { store: SaveStateStore }) {
  const { status, error } = useStoreValue(store);
  return (
    // Laid out on its own (styles.css), except a failure's message, which can be long and grows its box.
    <span className="own-layout-slot">
      <span className={`save-status save-${status}${status === 'failed' ? '' : ' own-layout'}`} role="status">
        {STATUS_TEXT[status]}
        {error && `: ${error}`}
      </span>
    </span>
  );
}

/** One open note: its metadata form, its body, its length against the template, saving and exporting. */
export function NoteEditor({ noteId, onSaved, onTrash, announce, onReopen, flushRef, focusSubject = false }: NoteEditorProps) {
  const client = useClient();
  const [note, setNote] = useState<Note | null>(null);
  const [loadError, setLoadError] = useState<{ code: ErrorCode | null; message: string } | null>(null);
  const [metadata, setMetadata] = useState<NoteMetadata>({});
  const [draftMark, setDraftMark] = useState(false);
  /** Grows with every save (version 0 until opened): the page count counts the note as saved after each. */
  const saved = useMemo(() => createValueStore<SavedBody>({ version: 0, sections: [] }), []);
  const lastPrint = useRef<LastPrint>({ pages: null, firstPage: [] });
  const draft = useRef<Draft | null>(null);
  const conflict = useSaveConflict(noteId, onReopen, announce);

  const autosave = useAutosave<Draft>(async (next) => {
    // The back end counts the words per section of what it saved: the window never walks the long body.
    // It refuses the save if the note was saved elsewhere since the revision this draft was made on.
    const result = await client
      .call('notes.save', { id: noteId, metadata: next.metadata, body: bodyJson(next.body), ...conflict.saveArgs() })
      .catch((error: unknown) => {
        conflict.onSaveFailed(error);
        throw error;
      });
    conflict.onSaved(result.revision);
    onSaved({ id: noteId, title: noteTitle(next), revision: result.revision, updatedAt: result.updatedAt });
    saved.set({ version: saved.get().version + 1, sections: result.sections });
  }, SAVE_DELAY_MS, (message) => announce(`The last changes to “${draft.current ? noteTitle(draft.current) : 'the note'}” were not saved when it closed. ${message}`));
  const { schedule, hold, flush } = autosave;
  const { onOpened, saveArgs } = conflict;

  useEffect(() => {
    let cancelled = false;
    client
      .call('notes.open', { id: noteId })
      .then((opened) => {
        if (cancelled) return;
        const { body, unwrapped } = unwrapUnreadableSnippets(opened.body);
        if (unwrapped > 0) {
          announce(`${unwrapped} linked snippet${unwrapped === 1 ? '' : 's'} could not be read (damaged, or from a newer version) and ${unwrapped === 1 ? 'is' : 'are'} kept as plain text.`);
        }
        draft.current = { metadata: opened.metadata, body };
        onOpened(opened.revision);
        setNote({ ...opened, body });
        setMetadata(opened.metadata);
        saved.set({ version: 1, sections: sectionStats(body, opened.template) });
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError({ code: error instanceof ClientError ? error.code : null, message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [client, noteId, announce, saved, onOpened]);

  const onBodyLoadFailure = useCallback((message: string) => {
    // No error code: the file itself reads, so there is nothing for "restore from snapshot" to replace.
    setLoadError({ code: null, message: `Could not read this note: the editor could not load its body (${message}). The file has been left as it is.` });
  }, []);

  const onBodyChange = useCallback(
    (body: BodyChange) => {
      draft.current = { ...draft.current!, body };
      schedule(draft.current);
    },
    [schedule],
  );

  useEffect(() => {
    if (!flushRef) return;
    flushRef.current = async () => {
      await flush();
      return saveArgs().baseRevision;
    };
    return () => {
      flushRef.current = null;
    };
  }, [flushRef, flush, saveArgs]);

  if (loadError) return <NoteLoadProblem noteId={noteId} error={loadError} onRecovered={onReopen} />;
  if (!note || !draft.current) return <p role="status">Opening note…</p>;

  return (
    <article className="note" aria-labelledby="note-title">
      <header className="note-header">
        <div>
          <h2 id="note-title">{noteTitle({ metadata })}</h2>
          <p className="note-kind">{note.template.name}</p>
        </div>
        <div className="note-actions">
          <SaveStatusLine store={autosave.store} />
          <NoteHeaderExtras noteId={noteId} title={noteTitle({ metadata })} flush={autosave.flush} announce={announce} onRestored={onReopen} />
          <PreviewButton noteId={noteId} beforePreview={autosave.flush} announce={announce} />
          <label className="draft-toggle">
            <input type="checkbox" checked={draftMark} onChange={(event) => setDraftMark(event.target.checked)} /> Draft watermark
          </label>
          {(['pdf', 'docx'] as const).map((kind) => (
            <ExportButton
              key={kind}
              kind={kind}
              noteId={noteId}
              draft={draftMark}
              beforeExport={autosave.flush}
              missing={async () => {
                await autosave.flush();
                return exportWarnings(client, noteId, note.template, { metadata: draft.current!.metadata, sections: saved.get().sections }, lastPrint.current);
              }}
              announce={announce}
            />
          ))}
          <button
            type="button"
            onClick={async () => {
              try {
                await autosave.flush();
                await client.call('notes.delete', { id: noteId });
                onTrash(noteId);
              } catch (error) {
                announce(error instanceof Error ? error.message : 'The note could not be moved to the trash.');
              }
            }}
          >
            Move to trash
          </button>
        </div>
      </header>
      <MetadataForm
        template={note.template}
        values={metadata}
        autoFocusField={focusSubject ? 'subject' : undefined}
        language={noteLanguage(note)}
        onChange={(values) => {
          setMetadata(values);
          draft.current = { ...draft.current!, metadata: values };
          schedule(draft.current);
        }}
      />
      <div className="note-tools">
        <LiveLengthPanel noteId={noteId} template={note.template} saveState={autosave.store} saved={saved} lastPrint={lastPrint} />
        <CitationControls note={note} flush={autosave.flush} onReopen={onReopen} announce={announce} />
      </div>
      {conflict.theirsToMerge && <TheirVersionPanel theirs={conflict.theirsToMerge} onClose={conflict.closeMerge} />}
      {conflict.dialogOpen && (
        <SaveConflictDialog
          noteId={noteId}
          readMine={() => ({ metadata: draft.current!.metadata, bodyJson: bodyJson(draft.current!.body) })}
          onChoose={(choice, theirs, mine) => conflict.resolve(choice, theirs, mine, autosave)}
          onClose={conflict.closeDialog}
        />
      )}
      <SharedSourcesProvider note={note} flush={autosave.flush} onReopen={onReopen} announce={announce}>
        <MemoBodyEditor
          noteId={noteId}
          initialState={note.body}
          sections={note.template.sections}
          onChange={onBodyChange}
          onNotice={announce}
          onLoadFailure={onBodyLoadFailure}
          // While a "[[" or "/" menu is open, saving (and so counting) waits: each keystroke
          // there is a query about to be replaced, and printing the long note for each one
          // would slow the very search being typed.
          onMenuOpenChange={hold}
        />
      </SharedSourcesProvider>
    </article>
  );
}
