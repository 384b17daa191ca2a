import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { memo, useId, useState } from 'react';
import { threadsInDocumentOrder, type CommentAuthor, type CommentThread, type ListedThread } from '../../../common/comments';
import { Modal } from '../../components/Modal';
import { useAnnounce } from '../../state/announcer';
import { REMOVE_COMMENT_MARKS_COMMAND, SELECT_COMMENT_TEXT_COMMAND } from './commands';
import { useComments, type Comments } from './CommentsContext';
import { IdentityForm } from './IdentityForm';
import { SuggestionList } from '../suggestions/SuggestionList';
import { useSuggestions, type Suggestions } from '../suggestions/SuggestionsContext';
import './comments.css';
import { dateTimeShown } from '../../../common/dates/dateTimeShown';

export const REVIEW_PANEL_ID = 'review-panel';

/** The Review panel: the note's comment threads in the order of their text. */
export function ReviewPanel() {
  const comments = useComments();
  const suggestions = useSuggestions();
  const shown = comments && (comments.panelOpen || (suggestions && (suggestions.suggesting || suggestions.list.length > 0)));
  return shown ? <ReviewList comments={comments} suggestions={suggestions} /> : null;
}

function ReviewList({ comments, suggestions }: { comments: Comments; suggestions: Suggestions | null }) {
  const headingId = useId();
  const [editingIdentity, setEditingIdentity] = useState(false);
  const listed = threadsInDocumentOrder(comments.threads, comments.layout.order);
  const identity = comments.identity;
  return (
    <section id={REVIEW_PANEL_ID} className="review-panel" role="region" aria-labelledby={headingId}>
      <h3 id={headingId}>Review</h3>
      <p className="review-identity">
        {identity?.name ? `Commenting as ${identity.name}${identity.office ? `, ${identity.office}` : ''}.` : 'Your name is not set yet.'}{' '}
        <button type="button" onClick={() => setEditingIdentity(true)} disabled={!identity}>
          Your details
        </button>
      </p>
      {listed.length === 0 ? (
        <p>No comments. Select text and press Comment (Ctrl+Alt+M).</p>
      ) : (
        <ol className="review-threads">
          {listed.map(({ thread, onDeletedText }) => (
            <ThreadItem
              key={thread.id}
              thread={thread}
              onDeletedText={onDeletedText}
              active={comments.activeIds.includes(thread.id)}
              quote={comments.layout.quotes.get(thread.id)}
              identity={comments.identity}
              edit={comments.edit}
            />
          ))}
        </ol>
      )}
      {suggestions && <SuggestionList suggestions={suggestions} />}
      <Modal open={editingIdentity} title="Your details" onClose={() => setEditingIdentity(false)}>
        {identity && (
          <IdentityForm
            initial={identity}
            submitLabel="Save"
            onSave={async (next) => {
              await comments.saveIdentity(next);
              setEditingIdentity(false);
            }}
            onCancel={() => setEditingIdentity(false)}
          />
        )}
      </Modal>
    </section>
  );
}

function byline(author: CommentAuthor, createdAt: string): string {
  const when = dateTimeShown(createdAt);
  return `${author.name}${author.initials ? ` (${author.initials})` : ''}${author.office ? `, ${author.office}` : ''} · ${when}`;
}

interface ThreadItemProps extends ListedThread {
  /** The caret is in its text. */
  active: boolean;
  /** Its text as the body has it now. */
  quote: string | undefined;
  identity: CommentAuthor | null;
  edit: Comments['edit'];
}

/**
 * One thread. Its own props only, and memoised: on a long note under review, a caret move or
 * an edit to one thread then renders that thread, not every one of hundreds.
 */
const ThreadItem = memo(function ThreadItem({ thread, onDeletedText, active, quote, identity, edit }: ThreadItemProps) {
  const [editor] = useLexicalComposerContext();
  const announce = useAnnounce();
  const replyId = useId();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const label = `Comment by ${thread.author.name}`;

  const postReply = () => {
    if (!identity?.name) {
      announce('Set your details in the Review panel first.');
      return;
    }
    edit({ type: 'reply', threadId: thread.id, id: crypto.randomUUID(), author: identity, createdAt: new Date().toISOString(), text: reply });
    setReply('');
    setReplying(false);
  };

  return (
    <li className={`review-thread${active ? ' is-active' : ''}${thread.resolved ? ' is-resolved' : ''}`} aria-label={label} aria-current={active ? 'true' : undefined}>
      {onDeletedText ? (
        <p className="review-quote">On deleted text</p>
      ) : (
        <button type="button" className="review-quote" onClick={() => editor.dispatchCommand(SELECT_COMMENT_TEXT_COMMAND, thread.id)}>
          On “{quote}”
        </button>
      )}
      <ThreadEntry author={thread.author} createdAt={thread.createdAt} text={thread.text} />
      {thread.resolved && <p className="review-state">Resolved</p>}
      {thread.replies.length > 0 && (
        <ol className="review-replies" aria-label="Replies">
          {thread.replies.map((entry) => (
            <li key={entry.id}>
              <ThreadEntry author={entry.author} createdAt={entry.createdAt} text={entry.text} />
            </li>
          ))}
        </ol>
      )}
      {replying && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            postReply();
          }}
        >
          <label htmlFor={replyId}>Reply text</label>
          <textarea id={replyId} value={reply} rows={2} required autoFocus onChange={(event) => setReply(event.target.value)} />
          <button type="submit" disabled={reply.trim() === ''}>
            Post reply
          </button>
          <button type="button" onClick={() => setReplying(false)}>
            Cancel reply
          </button>
        </form>
      )}
      <div className="review-actions" role="group" aria-label={`Actions on the ${label.toLowerCase()}`}>
        {!replying && (
          <button type="button" onClick={() => setReplying(true)}>
            Reply
          </button>
        )}
        {thread.resolved ? (
          <button type="button" onClick={() => edit({ type: 'reopen', threadId: thread.id })}>
            Reopen
          </button>
        ) : (
          <button type="button" onClick={() => edit({ type: 'resolve', threadId: thread.id })}>
            Resolve
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            editor.dispatchCommand(REMOVE_COMMENT_MARKS_COMMAND, thread.id);
            edit({ type: 'delete', threadId: thread.id });
            announce('Comment deleted.');
          }}
        >
          Delete
        </button>
      </div>
    </li>
  );
});

function ThreadEntry({ author, createdAt, text }: Pick<CommentThread, 'author' | 'createdAt' | 'text'>) {
  return (
    <div className="review-entry">
      <p className="review-byline">
        <time dateTime={createdAt}>{byline(author, createdAt)}</time>
      </p>
      <p className="review-text">{text}</p>
    </div>
  );
}
