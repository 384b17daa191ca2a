import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { Development, SearchHit } from '../../../common/development';
import { useClient } from '../../client/ClientContext';
import { useEditorBridge } from '../EditorBridge';
import { $removeQueryBeforeCaret } from './removeQueryBeforeCaret';
import { typeaheadMenu } from './TypeaheadMenu';

/** How many of the listed hits are fetched ahead. */
const PREFETCH = 3;

class HitOption extends MenuOption {
  constructor(readonly hit: SearchHit) {
    super(hit.id);
  }
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

  // The first hits' developments are fetched as soon as they are listed, each once while the
  // menu is open (a fetch begun for an earlier query is kept), so Enter inserts at once, or
  // waits only for a fetch already under way.
  const fetched = useRef(new Map<string, Promise<Development | undefined>>());
  useEffect(() => {
    for (const hit of hits.slice(0, PREFETCH)) {
      if (fetched.current.has(hit.id)) continue;
      // On failure, inserting fetches it again and reports the problem then.
      fetched.current.set(hit.id, client.call('library.get', { id: hit.id }).catch(() => undefined));
    }
  }, [client, hits]);
  useEffect(() => {
    if (query === null) fetched.current.clear();
  }, [query]);

  const options = hits.map((hit) => new HitOption(hit));

  function select(option: HitOption, nodeToRemove: TextNode | null, close: () => void) {
    editor.update(() => $removeQueryBeforeCaret(nodeToRemove, TRAILING_QUERY));
    close();
    void bridge?.insertFromLibrary(option.hit.id, { kind: 'summary' }, fetched.current.get(option.hit.id));
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
