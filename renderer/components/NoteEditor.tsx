import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { clearanceOf, statusOf, type NoteStatus } from '../../common/clearance';
import { commentsOf, type CommentThread } from '../../common/comments';
import { messageOf } from '../../common/messageOf';
import { noteTitle, type Note, type NoteMetadata } from '../../common/note';
import { noteLanguage } from '../../common/noteLanguage';
import { sectionStats, type SectionStats } from '../../common/noteStructure';
import type { ErrorCode } from '../../common/result';
import { unwrapUnreadableSnippets } from '../../common/snippetBody';
import { ClientError } from '../client/client';
import { useClient } from '../client/ClientContext';
import { BodyEditor } from '../editor/BodyEditor';
import { CommentsProvider } from '../editor/comments/CommentsContext';
import type { BodyChange } from '../editor/plugins/BodyChangePlugin';
import { useAutosave } from '../hooks/useAutosave';
import { useAnnounce } from '../state/announcer';
import { createLivePageCount } from '../state/livePageCount';
import { NOTE_SAVE_DELAY_MS } from '../state/noteSaveDelay';
import { OpenNoteScope, type OpenNote } from '../state/openNote';
import { createValueStore } from '../state/valueStore';
import { CitationControls } from './CitationControls';
import { ClearanceControls } from './clearance/ClearanceControls';
import { ExportButton } from './ExportButton';
import { exportWarnings } from './exportWarnings';
import { LiveLengthPanel } from './LiveLengthPanel';
import { NoteDetails } from './NoteDetails';
import { NoteActionsMenu } from './notes/NoteActionsMenu';
import { fieldLanguage, NoteLanguageField } from './notes/NoteLanguageField';
import { NoteLoadProblem } from './notes/NoteLoadProblem';
import { bodyJson, type NoteDraft } from './notes/noteDraft';
import { blockSuggestionsIn, suggestionsIn } from '../../common/suggestions';
import type { SerializedEditorState } from '../../common/editorState';
import { SaveConflictDialog } from './notes/SaveConflictDialog';
import { SaveStatusLine } from './notes/SaveStatusLine';
import { SharedSourcesProvider } from './notes/SharedSourcesProvider';
import { TheirVersionPanel } from './notes/TheirVersionPanel';
import { useSaveConflict } from './notes/useSaveConflict';
import { PrintCommand } from './print/PrintCommand';

interface NoteEditorProps {
  noteId: string;
  onSaved(note: { id: string; title: string; revision: number; updatedAt: string; status: NoteStatus }): void;
  onTrash(id: string): void;
  /** Opens this note again from disk (after a restore from history or a snapshot). */
  onReopen(): void;
  /** A note just made from a template: the caret goes to its Subject, the first thing to write. */
  focusSubject?: boolean;
}


const MemoBodyEditor = memo(BodyEditor);

/**
 * One open note: its metadata form, its body, its length against the template, saving and
 * exporting. It is the window's open note (state/openNote.tsx) while shown: its parts and the
 * notes list save it and reopen it through that.
 */
export function NoteEditor({ noteId, onSaved, onTrash, onReopen, focusSubject = false }: NoteEditorProps) {
  const client = useClient();
  const announce = useAnnounce();
  const [note, setNote] = useState<Note | null>(null);
  const [loadError, setLoadError] = useState<{ code: ErrorCode | null; message: string } | null>(null);
  const [metadata, setMetadata] = useState<NoteMetadata>({});
  const [draftMark, setDraftMark] = useState(false);
  const [clearanceOpen, setClearanceOpen] = useState(false);
  /** The words per section of what was last saved (or opened), as the back end counted them. */
  const sections = useMemo(() => createValueStore<SectionStats[]>([]), []);
  /** Counted again after every save: the page count is of the note as saved. */
  const pageCount = useMemo(() => createLivePageCount(() => client.call('notes.pageCount', { id: noteId })), [client, noteId]);
  useEffect(() => pageCount.cancel, [pageCount]);
  // The draft changes with every keystroke and is read only to save it: kept out of React state,
  // so typing never re-renders the note.
  const draft = useRef<NoteDraft | null>(null);
  const conflict = useSaveConflict(noteId, onReopen);

  const autosave = useAutosave<NoteDraft>(async (next) => {
    // The back end counts the words per section of what it saved: the window never walks the long body.
    // It refuses the save if the note was saved elsewhere since the revision this draft was made on.
    const result = await client
      .call('notes.save', { id: noteId, metadata: next.metadata, body: bodyJson(next.body), status: next.status, clearance: next.clearance, comments: next.comments, language: next.language, ...conflict.saveArgs() })
      .catch((error: unknown) => {
        conflict.onSaveFailed(error);
        throw error;
      });
    conflict.onSaved(result.revision);
    onSaved({ id: noteId, title: noteTitle(next), revision: result.revision, updatedAt: result.updatedAt, status: next.status });
    sections.set(result.sections);
    pageCount.countSaved();
  }, NOTE_SAVE_DELAY_MS, (message) => announce(`The last changes to “${draft.current ? noteTitle(draft.current) : 'the note'}” were not saved when it closed. ${message}`));
  const { schedule, hold, flush } = autosave;
  const { onOpened, saveArgs } = conflict;

  const openNote = useMemo<OpenNote>(
    () => ({
      id: noteId,
      flush: async () => {
        await flush();
        return saveArgs().baseRevision;
      },
      reopen: onReopen,
    }),
    [noteId, flush, saveArgs, onReopen],
  );

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
        draft.current = { metadata: opened.metadata, body, status: statusOf(opened), clearance: [...clearanceOf(opened)], comments: [...commentsOf(opened)], language: fieldLanguage(noteLanguage(opened)) };
        onOpened(opened.revision);
        setNote({ ...opened, body });
        setMetadata(opened.metadata);
        sections.set(sectionStats(body, opened.template));
        pageCount.countSaved();
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError({ code: error instanceof ClientError ? error.code : null, message: messageOf(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [client, noteId, announce, sections, pageCount, onOpened]);

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

  const onCommentsChange = useCallback(
    (comments: CommentThread[]) => {
      draft.current = { ...draft.current!, comments };
      schedule(draft.current);
    },
    [schedule],
  );

  /** What an export warns about, from the note as saved: pending changes are saved first. */
  const missing = async () => {
    await flush();
    const body = (JSON.parse(bodyJson(draft.current!.body)) as SerializedEditorState).root.children;
    const openSuggestions = suggestionsIn(body).length + blockSuggestionsIn(body).length;
    return exportWarnings(client, noteId, note!.template, { metadata: draft.current!.metadata, sections: sections.get(), comments: draft.current!.comments, openSuggestions }, pageCount.store.get());
  };

  async function moveToTrash() {
    try {
      await flush();
      await client.call('notes.delete', { id: noteId });
      onTrash(noteId);
    } catch (error) {
      announce(error instanceof Error ? error.message : 'The note could not be moved to the trash.');
    }
  }

  if (loadError) {
    return (
      <OpenNoteScope note={openNote}>
        <NoteLoadProblem noteId={noteId} error={loadError} onRecovered={onReopen} />
      </OpenNoteScope>
    );
  }
  if (!note || !draft.current) {
    return (
      <OpenNoteScope note={openNote}>
        <p role="status">Opening note…</p>
      </OpenNoteScope>
    );
  }

  return (
    <OpenNoteScope note={openNote}>
      <CommentsProvider initial={draft.current.comments} onChange={onCommentsChange}>
      <article className="note" aria-labelledby="note-title">
        <header className="note-header">
          <div className="note-heading">
            <h2 id="note-title" title={noteTitle({ metadata })}>
              {noteTitle({ metadata })}
            </h2>
            <div className="note-subline">
              <p className="note-kind">{note.template.name}</p>
              <SaveStatusLine store={autosave.store} />
            </div>
          </div>
          <div className="note-actions">
            <ClearanceControls
              template={note.template}
              initial={{ status: draft.current.status, clearance: draft.current.clearance }}
              onChange={(review) => {
                draft.current = { ...draft.current!, ...review };
                schedule(draft.current);
              }}
              dialogOpen={clearanceOpen}
              onDialogClose={() => setClearanceOpen(false)}
            />
            <ExportButton kind="pdf" draft={draftMark} missing={missing} />
            {/* Print… has no button: Ctrl+P, the palette and the desktop menu run it. */}
            <PrintCommand draft={draftMark} />
            <NoteActionsMenu
              title={noteTitle({ metadata })}
              draftWatermark={draftMark}
              onDraftWatermarkChange={setDraftMark}
              missing={missing}
              clearanceCount={() => draft.current?.clearance.length ?? 0}
              openClearance={() => setClearanceOpen(true)}
              moveToTrash={() => void moveToTrash()}
            />
          </div>
        </header>
        <NoteDetails
          template={note.template}
          values={metadata}
          focusSubject={focusSubject}
          language={noteLanguage(note)}
          onChange={(values) => {
            setMetadata(values);
            draft.current = { ...draft.current!, metadata: values };
            schedule(draft.current);
          }}
        >
          <div className="field field-language">
            <NoteLanguageField
              value={draft.current.language}
              onChange={(language) => {
                draft.current = { ...draft.current!, language };
                // The note as shown follows: its dates (and spelling) read noteLanguage(note).
                setNote((shown) => (shown ? { ...shown, language } : shown));
                schedule(draft.current);
              }}
            />
          </div>
        </NoteDetails>
        <div className="note-tools">
          <LiveLengthPanel template={note.template} saveState={autosave.store} pageCount={pageCount.store} sections={sections} />
          <CitationControls note={note} />
        </div>
        {conflict.theirsToMerge && <TheirVersionPanel theirs={conflict.theirsToMerge} onClose={conflict.closeMerge} />}
        {conflict.dialogOpen && (
          <SaveConflictDialog
            noteId={noteId}
            readMine={() => {
              const { metadata, body, status, clearance, comments, language } = draft.current!;
              return { metadata, bodyJson: bodyJson(body), review: { status, clearance, comments, language } };
            }}
            onChoose={(choice, theirs, mine) => conflict.resolve(choice, theirs, mine, autosave)}
            onClose={conflict.closeDialog}
          />
        )}
        <SharedSourcesProvider note={note}>
          <MemoBodyEditor
            initialState={note.body}
            sections={note.template.sections}
            onChange={onBodyChange}
            onLoadFailure={onBodyLoadFailure}
            // While a "[[" or "/" menu is open, saving (and so counting) waits: each keystroke
            // there is a query about to be replaced, and printing the long note for each one
            // would slow the very search being typed.
            onMenuOpenChange={hold}
            language={noteLanguage(note)}
            noteId={noteId}
          />
        </SharedSourcesProvider>
      </article>
      </CommentsProvider>
    </OpenNoteScope>
  );
}
