import { $wrapSelectionInMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_LOW, TextNode, type BaseSelection } from 'lexical';
import { useEffect, useId, useState } from 'react';
import { MAX_COMMENT_LENGTH, MAX_THREADS } from '../../../common/comments';
import { Modal } from '../../components/Modal';
import { useAnnounce } from '../../state/announcer';
import { OPEN_COMMENT_COMMAND, REMOVE_COMMENT_MARKS_COMMAND, SELECT_COMMENT_TEXT_COMMAND } from './commands';
import { useComments, type Comments } from './CommentsContext';
import { IdentityForm } from './IdentityForm';
import { $activeMarkIds, $anyInsideMark, $markLayout, $removeMarks, $selectMarkText } from './markNodes';

const FULL_MESSAGE = `This note holds ${MAX_THREADS} comment threads, the most a note can. Delete threads that are done with to add another.`;

/**
 * Comments in the editor: opens the comment box on the selected text and marks that text
 * with the new thread's id; tells the Review panel where the commented text is and which
 * thread the caret is in; selects a thread's text and removes a deleted thread's marks.
 */
export function CommentPlugin() {
  const comments = useComments();
  return comments ? <CommentEditorBridge comments={comments} /> : null;
}

function CommentEditorBridge({ comments }: { comments: Comments }) {
  const [editor] = useLexicalComposerContext();
  const announce = useAnnounce();
  /** The text being commented on, kept while the box has focus. */
  const [pending, setPending] = useState<BaseSelection | null>(null);
  const { setLayout, setActiveIds, setPanelOpen } = comments;
  /** The note holds as many threads as a note can: a new comment would mark text no thread is kept for. */
  const full = comments.threads.length >= MAX_THREADS;

  useEffect(() => {
    const readLayout = () => editor.getEditorState().read(() => setLayout($markLayout()));
    readLayout();
    return mergeRegister(
      // The order is read again only when a mark changes: typing elsewhere never walks the long note.
      editor.registerMutationListener(MarkNode, readLayout, { skipInitialization: true }),
      // Typing inside commented text changes its text nodes, not the mark: the quotes are read
      // again then too (one parent lookup per changed text node decides).
      editor.registerMutationListener(
        TextNode,
        (mutations) => {
          const changed = [...mutations].filter(([, mutation]) => mutation !== 'destroyed').map(([key]) => key);
          if (editor.getEditorState().read(() => $anyInsideMark(changed))) readLayout();
        },
        { skipInitialization: true },
      ),
      editor.registerUpdateListener(({ editorState }) => editorState.read(() => setActiveIds($activeMarkIds()))),
      editor.registerCommand(
        OPEN_COMMENT_COMMAND,
        () => {
          const selection = editor.getEditorState().read(() => {
            const current = $getSelection();
            return $isRangeSelection(current) && !current.isCollapsed() && current.getTextContent().trim() !== '' ? current.clone() : null;
          });
          if (full) announce(FULL_MESSAGE);
          else if (!selection) announce('Select the text to comment on first.');
          else setPending(selection);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        SELECT_COMMENT_TEXT_COMMAND,
        (id) => {
          // A command's listeners run inside an editor update: an update started here would run
          // only after this returns, too late to tell whether the text was found.
          if ($selectMarkText(id)) editor.focus();
          else announce('The text of this comment was deleted.');
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        REMOVE_COMMENT_MARKS_COMMAND,
        (id) => {
          editor.update(() => $removeMarks(id));
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, announce, setLayout, setActiveIds, full]);

  const close = () => setPending(null);
  const post = (text: string) => {
    const identity = comments.identity;
    if (!pending || !identity) return;
    if (full) {
      announce(FULL_MESSAGE);
      return;
    }
    const id = crypto.randomUUID();
    editor.update(() => {
      $setSelection(pending.clone());
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
    });
    comments.edit({ type: 'add', id, author: identity, createdAt: new Date().toISOString(), text });
    setPanelOpen(true);
    setPending(null);
    announce('Comment posted.');
  };

  const identity = comments.identity;
  const askIdentity = pending !== null && identity !== null && identity.name.trim() === '';
  return (
    <>
      {/* Closed once the name is saved: only Escape or Cancel, while it is still asked, drops the comment. */}
      <Modal open={askIdentity} title="Who are you?" onClose={() => askIdentity && close()}>
        {identity && <IdentityForm initial={identity} submitLabel="Save and continue" onSave={comments.saveIdentity} onCancel={close} />}
      </Modal>
      <Modal open={pending !== null && !askIdentity && identity !== null} title="Comment" onClose={close}>
        <CommentForm onPost={post} onCancel={close} />
      </Modal>
    </>
  );
}

function CommentForm({ onPost, onCancel }: { onPost(text: string): void; onCancel(): void }) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onPost(text);
      }}
    >
      <div className="field">
        <label htmlFor={id}>Comment text</label>
        <textarea id={id} value={text} required maxLength={MAX_COMMENT_LENGTH} rows={4} autoFocus onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="dialog-buttons">
        <button type="submit" className="primary" disabled={text.trim() === ''}>
          Post comment
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
