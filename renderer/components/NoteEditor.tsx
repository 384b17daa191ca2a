import { useEffect, useRef, useState } from 'react';
import type { SerializedEditorState } from '../../common/editorState';
import { noteTitle, type Note, type NoteMetadata } from '../../common/note';
import { ClientError } from '../client/client';
import { useClient } from '../client/ClientContext';
import { BodyEditor } from '../editor/BodyEditor';
import { useAutosave, type SaveStatus } from '../hooks/useAutosave';
import { ExportButton } from './ExportButton';
import { MetadataForm } from './MetadataForm';
import { PreviewButton } from './preview/PreviewButton';

interface NoteEditorProps {
  noteId: string;
  onSaved(note: { id: string; title: string; updatedAt: string }): void;
  onTrash(id: string): void;
  announce(message: string): void;
}

interface Draft {
  metadata: NoteMetadata;
  body: SerializedEditorState;
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'All changes saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
};

/** One open note: its metadata form, its body, saving and exporting. */
export function NoteEditor({ noteId, onSaved, onTrash, announce }: NoteEditorProps) {
  const client = useClient();
  const [note, setNote] = useState<Note | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [metadata, setMetadata] = useState<NoteMetadata>({});
  const draft = useRef<Draft | null>(null);

  const autosave = useAutosave<Draft>(async (next) => {
    const saved = await client.call('notes.save', { id: noteId, metadata: next.metadata, body: next.body });
    onSaved({ id: noteId, title: noteTitle(next), updatedAt: saved.updatedAt });
  });

  useEffect(() => {
    let cancelled = false;
    client
      .call('notes.open', { id: noteId })
      .then((opened) => {
        if (cancelled) return;
        setNote(opened);
        setMetadata(opened.metadata);
        draft.current = { metadata: opened.metadata, body: opened.body };
      })
      .catch((error: unknown) => !cancelled && setLoadError(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
    };
  }, [client, noteId]);

  if (loadError) {
    return (
      <section className="note-error" aria-labelledby="note-error-heading">
        <h2 id="note-error-heading">This note could not be opened</h2>
        <p role="alert">{loadError}</p>
      </section>
    );
  }
  if (!note || !draft.current) return <p role="status">Opening note…</p>;

  const change = (next: Partial<Draft>) => {
    draft.current = { ...draft.current!, ...next };
    autosave.schedule(draft.current);
  };

  return (
    <article className="note" aria-labelledby="note-title">
      <header className="note-header">
        <div>
          <h2 id="note-title">{noteTitle({ metadata })}</h2>
          <p className="note-kind">{note.template.name}</p>
        </div>
        <div className="note-actions">
          <span className={`save-status save-${autosave.status}`} role="status">
            {STATUS_TEXT[autosave.status]}
            {autosave.error && `: ${autosave.error}`}
          </span>
          <PreviewButton noteId={noteId} beforePreview={autosave.flush} />
          <ExportButton noteId={noteId} beforeExport={autosave.flush} announce={announce} />
          <ExportButton kind="docx" noteId={noteId} beforeExport={autosave.flush} announce={announce} />
          <button
            type="button"
            onClick={async () => {
              await autosave.flush();
              try {
                await client.call('notes.delete', { id: noteId });
                onTrash(noteId);
              } catch (error) {
                announce(error instanceof ClientError ? error.message : 'The note could not be moved to the trash.');
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
        onChange={(values) => {
          setMetadata(values);
          change({ metadata: values });
        }}
      />
      <BodyEditor initialState={note.body} onChange={(body) => change({ body })} onError={announce} />
    </article>
  );
}
