import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { memo, useId } from 'react';
import { suggestionVerb, type ListedSuggestion } from '../../../common/suggestions';
import { DECIDE_SUGGESTIONS_COMMAND, SELECT_SUGGESTION_COMMAND } from './commands';
import type { Suggestions } from './SuggestionsContext';
import './suggestions.css';
import { dateTimeShown } from '../../../common/dates/dateTimeShown';

function describe(item: ListedSuggestion): string {
  const what = item.moved ? 'Move' : item.blockType ? 'Style change' : item.paragraphBreak ? (item.kind === 'insert' ? 'New paragraph' : 'Paragraph join') : item.kind === 'insert' ? 'Insertion' : item.kind === 'delete' ? 'Deletion' : 'Formatting';
  return `${what} by ${item.author.name || 'someone'}`;
}

/** What the list quotes: the changed text; for a paragraph break the start of the text after it; for a move or a type change the start of the block's text. */
function quoted(item: ListedSuggestion): string {
  if (!item.paragraphBreak && !item.moved && !item.blockType) return `${suggestionVerb(item)} “${item.text}”`;
  const start = item.text.trim();
  if (item.moved || item.blockType) return `${suggestionVerb(item)} “${start}…”`;
  return start === '' ? `${suggestionVerb(item)} (an empty one)` : `${suggestionVerb(item)} before “${start}…”`;
}

/** Whether two listings of a suggestion show the same (the list is read afresh on each change, as new objects). */
const sameListing = (a: ListedSuggestion, b: ListedSuggestion) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * One suggestion with its Accept and Reject. Memoised on what it shows: with hundreds of
 * suggestions, a change to one re-renders that one only.
 */
const SuggestionItem = memo(
  function SuggestionItem({ item, editor }: { item: ListedSuggestion; editor: LexicalEditor }) {
    const decide = (accept: boolean) => editor.dispatchCommand(DECIDE_SUGGESTIONS_COMMAND, { id: item.suggestionId, accept });
    return (
      <li className={`review-suggestion is-${item.kind}`} aria-label={describe(item)}>
        <button type="button" className="review-quote" onClick={() => editor.dispatchCommand(SELECT_SUGGESTION_COMMAND, item.suggestionId)}>
          {quoted(item)}
        </button>
        <p className="review-byline">
          <time dateTime={item.createdAt}>
            {item.author.name || 'Someone'}
            {item.author.office ? `, ${item.author.office}` : ''} · {dateTimeShown(item.createdAt)}
          </time>
        </p>
        <div className="review-actions" role="group" aria-label={`Actions on the ${describe(item).toLowerCase()}`}>
          <button type="button" onClick={() => decide(true)}>
            Accept
          </button>
          <button type="button" onClick={() => decide(false)}>
            Reject
          </button>
        </div>
      </li>
    );
  },
  (before, after) => before.editor === after.editor && sameListing(before.item, after.item),
);

/** The Review panel's suggested changes, in document order, each with Accept and Reject, and both for all of them. */
export function SuggestionList({ suggestions }: { suggestions: Suggestions }) {
  const [editor] = useLexicalComposerContext();
  const headingId = useId();
  const { list } = suggestions;
  const decide = (id: string | null, accept: boolean) => editor.dispatchCommand(DECIDE_SUGGESTIONS_COMMAND, { id, accept });
  return (
    <section className="review-suggestions" aria-labelledby={headingId}>
      <h4 id={headingId}>Suggested changes</h4>
      {list.length === 0 ? (
        <p>{suggestions.suggesting ? 'None yet. What you type, delete or format now is recorded as a suggestion.' : 'None. Turn on Suggest changes to record edits as suggestions.'}</p>
      ) : (
        <>
          <p className="review-counts-note">Word counts and the page count are of the note with every suggestion accepted.</p>
          <div className="review-actions" role="group" aria-label="All suggested changes">
            <button type="button" onClick={() => decide(null, true)}>
              Accept all
            </button>
            <button type="button" onClick={() => decide(null, false)}>
              Reject all
            </button>
          </div>
          <ol className="review-threads">
            {list.map((item) => (
              <SuggestionItem key={item.suggestionId} item={item} editor={editor} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
