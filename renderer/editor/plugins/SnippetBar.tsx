import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useState } from 'react';
import { messageOf } from '../../../common/messageOf';
import { useClient } from '../../client/ClientContext';
import { useAnnounce } from '../../state/announcer';
import { useLibraryChanged } from '../../state/libraryChanges';
import { useShowDevelopment } from '../../state/libraryNavigation';
import { useOpenNote } from '../../state/openNote';
import { $isLinkedSnippetNode } from '../nodes/LinkedSnippetNode';
import { startsLowerCase } from '../sentenceCase';
import { switchSnippetFirstLetter, unlinkSnippet } from '../snippets';
import type { SnippetInfo } from '../snippetTracker';
import { SnippetReviewDialog } from './SnippetReviewDialog';
import { SourceCollisionDialog } from './SourceCollisionDialog';
import { useSnippetInfo } from './SnippetStatusProvider';

const STATE_TEXT: Record<SnippetInfo['state'], string> = {
  current: 'Up to date with the library',
  outdated: 'Source updated since this was inserted — review',
  missing: 'Source missing from your library',
  frozen: 'Frozen: no longer follows the library',
  checking: 'Checking the library…',
  differs: 'This note’s source differs from your library entry with the same id',
};

/**
 * What the caret's snippet came from, and what can be done with it; plus the note-wide
 * count of snippets whose source changed, with "Check sources" to review them in turn.
 */
export function SnippetBar() {
  const [editor] = useLexicalComposerContext();
  const { id: noteId } = useOpenNote();
  const client = useClient();
  const announce = useAnnounce();
  const libraryChanged = useLibraryChanged();
  const showDevelopment = useShowDevelopment();
  const infos = useSnippetInfo();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [queue, setQueue] = useState<string[]>([]);
  const [comparingId, setComparingId] = useState<string | null>(null);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          const node = $isRangeSelection(selection) ? $findMatchingParent(selection.anchor.getNode(), $isLinkedSnippetNode) : null;
          setActiveId($isLinkedSnippetNode(node) ? node.getSnippet().id : null);
        });
      }),
    [editor],
  );

  const active = infos.find((info) => info.snippet.id === activeId) ?? null;
  const outdated = infos.filter((info) => info.state === 'outdated');
  const reviewing = infos.find((info) => info.snippet.id === queue[0] && info.state === 'outdated') ?? null;

  async function addToLibrary(info: SnippetInfo) {
    try {
      await client.call('library.addFromSnippet', { noteId, snippetId: info.snippet.id });
      libraryChanged();
      announce(`“${info.snippet.source.title}” was added to your library.`);
    } catch (error) {
      announce(messageOf(error));
    }
  }

  return (
    <>
      {outdated.length > 0 && (
        <p className="snippet-summary" role="status">
          {outdated.length} linked snippet{outdated.length === 1 ? '' : 's'} out of date.{' '}
          <button type="button" onClick={() => setQueue(outdated.map((info) => info.snippet.id))}>
            Check sources
          </button>
        </p>
      )}
      {active && (
        <section className="snippet-bar" aria-label="Linked snippet">
          <p>
            <strong>{active.snippet.source.title}</strong>
            {[active.snippet.source.publisher, active.snippet.source.publishedDate].filter(Boolean).map((part) => ` · ${part}`)}
            {active.snippet.source.url && <span className="snippet-url"> · {active.snippet.source.url}</span>}
          </p>
          <p>
            {STATE_TEXT[active.state]}
            {active.edited ? ' · edited since inserted' : ''}
          </p>
          <div className="snippet-actions">
            {active.state !== 'missing' && (
              <button type="button" onClick={() => showDevelopment(active.snippet.source.developmentId)}>
                Open source
              </button>
            )}
            {active.state === 'outdated' && (
              <button type="button" onClick={() => setQueue([active.snippet.id])}>
                Review changes
              </button>
            )}
            {active.state === 'differs' && (
              <button type="button" onClick={() => setComparingId(active.snippet.id)}>
                Compare with library
              </button>
            )}
            {active.state === 'missing' && (
              <button type="button" onClick={() => addToLibrary(active)}>
                Add to my library
              </button>
            )}
            <button type="button" onClick={() => switchSnippetFirstLetter(editor, active.snippet.id)}>
              {startsLowerCase(active.text) ? 'Start with a capital' : 'Start with a small letter'}
            </button>
            <button type="button" onClick={() => unlinkSnippet(editor, active.snippet.id)}>
              Unlink
            </button>
          </div>
        </section>
      )}
      <SourceCollisionDialog
        info={infos.find((info) => info.snippet.id === comparingId && info.state === 'differs') ?? null}
        onDone={() => setComparingId(null)}
      />
      <SnippetReviewDialog info={reviewing} remaining={Math.max(0, queue.length - 1)} onDone={() => setQueue((items) => items.slice(1))} />
    </>
  );
}
