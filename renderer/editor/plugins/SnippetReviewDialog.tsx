import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { markReviewed, takeSourceText, unlinkSnippet } from '../snippets';
import type { SnippetInfo } from '../snippetTracker';
import { WordDiffColumns } from './WordDiffColumns';

interface SnippetReviewDialogProps {
  info: SnippetInfo | null;
  /** How many more flagged snippets follow this one ("Check sources"). */
  remaining: number;
  onDone(): void;
}

/** The source then and now, side by side with the differences marked, and the author's choice. */
export function SnippetReviewDialog({ info, remaining, onDone }: SnippetReviewDialogProps) {
  const [editor] = useLexicalComposerContext();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (info && !dialog.current?.open) dialog.current?.showModal();
    if (!info && dialog.current?.open) dialog.current.close();
  }, [info]);

  const current = info?.current;

  function act(action: 'take' | 'keep' | 'unlink') {
    if (!info || !current) return;
    if (action === 'take' && current.text !== null) takeSourceText(editor, info.snippet.id, current.text, current.revision);
    if (action === 'keep') markReviewed(editor, info.snippet.id, info.text === info.snippet.insertedText ? (current.text ?? info.text) : info.snippet.insertedText, current.revision);
    if (action === 'unlink') unlinkSnippet(editor, info.snippet.id);
    onDone();
  }

  return (
    <dialog ref={dialog} className="review-dialog" aria-labelledby="review-title" onClose={onDone}>
      {info && current && (
        <>
          <h2 id="review-title">Source updated: {info.snippet.source.title}</h2>
          <p className="muted">
            {info.snippet.source.publisher} · revision {info.snippet.sourceRevision} → {current.revision}
            {remaining > 0 ? ` · ${remaining} more to review after this one` : ''}
          </p>
          {current.text === null ? (
            <p role="alert">The part of the source this text came from no longer exists. Keep your text or unlink it.</p>
          ) : (
            <WordDiffColumns before={info.snippet.insertedText} after={current.text} beforeHeading="Source when inserted" afterHeading="Source now" idPrefix="review" />
          )}
          {info.edited && (
            <p>
              <strong>Your text</strong> (edited since it was inserted): {info.text}
            </p>
          )}
          <div className="dialog-actions">
            {current.text !== null && (
              <button type="button" className="primary" onClick={() => act('take')}>
                Take the new text
              </button>
            )}
            <button type="button" onClick={() => act('keep')}>
              Keep mine
            </button>
            <button type="button" onClick={() => act('unlink')}>
              Unlink
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
