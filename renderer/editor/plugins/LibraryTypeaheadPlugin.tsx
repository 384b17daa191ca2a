import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../common/development';
import type { SnippetSourceFields } from '../../../common/snippet';
import { useClient } from '../../client/ClientContext';
import { useEditorBridge } from '../EditorBridge';
import { $removeQueryBeforeCaret } from './removeQueryBeforeCaret';
import { typeaheadMenu } from './TypeaheadMenu';

class HitOption extends MenuOption {
  constructor(readonly hit: SearchHit) {
    super(hit.id);
  }
}

/** What a titles hit carries for inserting its summary (only the summary is inserted, so no key points or text). */
function summaryOf(hit: SearchHit): SnippetSourceFields | undefined {
  return hit.summarySource && { ...hit, ...hit.summarySource, keyPoints: [], fullText: '' };
}

/** "[[" followed by up to 60 characters of query, right before the caret. */
const TRAILING_QUERY = /\[\[([^\]\n]{0,60})$/;

function libraryTrigger(text: string): MenuTextMatch | null {
  const match = TRAILING_QUERY.exec(text);
  return match ? { leadOffset: match.index, matchingString: match[1], replaceableString: match[0] } : null;
}

/** Typing "[[" searches the library inline; Enter inserts the chosen development's summary as a linked snippet. */
export function LibraryTypeaheadPlugin({ onOpenChange }: { onOpenChange?(open: boolean): void }) {
  const [editor] = useLexicalComposerContext();
  const client = useClient();
  const bridge = useEditorBridge();
  const [query, setQuery] = useState<string | null>(null);
  const [found, setFound] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const { hits } = found;

  // A query is sent as soon as it is typed, one search at a time: a query typed while a search
  // runs waits for it, and only the newest of those is sent when it ends (the ones between are stale).
  const search = useRef<{ running: boolean; wanted: string | null }>({ running: false, wanted: null });
  useEffect(() => {
    if (query === null) {
      search.current.wanted = null;
      return;
    }
    const state = search.current;
    state.wanted = query;
    const send = () => {
      const asked = state.wanted;
      if (asked === null || state.running) return;
      state.running = true;
      client
        .call('library.search', { query: asked, limit: 8, scope: 'titles' })
        .then((hits) => state.wanted === asked && setFound({ query: asked, hits }))
        .catch(() => state.wanted === asked && setFound({ query: asked, hits: [] }))
        .finally(() => {
          state.running = false;
          if (state.wanted !== asked) send();
        });
    };
    send();
  }, [client, query]);

  const options = hits.map((hit) => new HitOption(hit));

  function select(option: HitOption, nodeToRemove: TextNode | null, close: () => void) {
    editor.update(() => $removeQueryBeforeCaret(nodeToRemove, TRAILING_QUERY));
    close();
    void bridge?.insertFromLibrary(option.hit.id, { kind: 'summary' }, summaryOf(option.hit));
  }

  return (
    <LexicalTypeaheadMenuPlugin<HitOption>
      onQueryChange={setQuery}
      onOpen={() => onOpenChange?.(true)}
      onClose={() => onOpenChange?.(false)}
      onSelectOption={select}
      triggerFn={libraryTrigger}
      options={options}
      menuRenderFn={typeaheadMenu<HitOption>(
        'Insert from library',
        'slash-menu library-menu',
        (option) => (
          <>
            <span className="hit-title">{option.hit.title}</span>
            <span className="hit-meta">{[option.hit.publisher, option.hit.publishedDate].filter(Boolean).join(' · ')}</span>
          </>
        ),
        found.query,
      )}
    />
  );
}
