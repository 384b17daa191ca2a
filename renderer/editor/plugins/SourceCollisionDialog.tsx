import { useEffect, useRef, useState } from 'react';
import { partText } from '../../../common/snippet';
import type { SharedSourceResolution } from '../../../common/noteShare';
import { messageOf } from '../../../common/messageOf';
import { useSharedSources } from '../SharedSources';
import type { SnippetInfo } from '../snippetTracker';
import { WordDiffColumns } from './WordDiffColumns';

interface SourceCollisionDialogProps {
  /** A snippet in the 'differs' state, or null when the dialog is closed. */
  info: SnippetInfo | null;
  onDone(): void;
}

const describe = (d: { title: string; publisher: string; publishedDate: string | null; revision: number }) =>
  [`“${d.title}”`, d.publisher, d.publishedDate, `revision ${d.revision}`].filter(Boolean).join(' · ');

/**
 * The library's entry and the note's own version of a source with the same id, side by side
 * (the part this snippet quotes, then the summary), and the author's choice: keep the library
 * entry as it is, or add the note's version as a separate entry and relink the snippets to it.
 */
export function SourceCollisionDialog({ info, onDone }: SourceCollisionDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { resolve } = useSharedSources();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    setProblem(null);
    if (info && !dialog.current?.open) dialog.current?.showModal();
    if (!info && dialog.current?.open) dialog.current.close();
  }, [info]);

  const versions = info?.differs;
  const libraryPart = versions ? partText(versions.library, info.snippet.origin) : null;
  const notePart = versions ? partText(versions.note, info.snippet.origin) : null;

  async function act(resolution: SharedSourceResolution) {
    if (!versions) return;
    try {
      await resolve(versions.library.id, resolution);
      onDone();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  return (
    <dialog ref={dialog} className="review-dialog" aria-labelledby="collision-title" onClose={onDone}>
      {info && versions && (
        <>
          <h2 id="collision-title">This note’s source differs from your library</h2>
          <p>
            The note was shared with its own version of the source with the id <code>{versions.library.id}</code>. Your library entry
            with that id is different and was not changed. The note’s text is as it was shared.
          </p>
          <p className="muted">
            Your library: {describe(versions.library)}
            <br />
            This note: {describe(versions.note)}
          </p>
          {libraryPart !== null && notePart !== null && libraryPart !== notePart && (
            <WordDiffColumns before={libraryPart} after={notePart} beforeHeading="Quoted part in your library" afterHeading="Quoted part in this note’s source" idPrefix="collision-part" />
          )}
          {versions.library.summary !== versions.note.summary && info.snippet.origin.kind !== 'summary' && (
            <WordDiffColumns before={versions.library.summary} after={versions.note.summary} beforeHeading="Summary in your library" afterHeading="Summary in this note’s source" idPrefix="collision-summary" />
          )}
          {libraryPart === notePart && <p>The part this snippet quotes is the same in both; other parts of the source differ.</p>}
          {versions.library.title !== versions.note.title && (
            <WordDiffColumns before={versions.library.title} after={versions.note.title} beforeHeading="Title in your library" afterHeading="Title in this note’s source" idPrefix="collision-title-diff" />
          )}
          {problem && <p role="alert">{problem}</p>}
          <div className="dialog-actions">
            <button type="button" onClick={() => act('keep library entry')}>
              Keep my library entry
            </button>
            <button type="button" className="primary" onClick={() => act('keep both')}>
              Keep both
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
          <p className="muted">
            “Keep my library entry”: the note follows your entry from now on (changed text is flagged for review as usual). “Keep both”:
            the note’s version is added to your library as a separate entry, and this note’s snippets are linked to it.
          </p>
        </>
      )}
    </dialog>
  );
}
