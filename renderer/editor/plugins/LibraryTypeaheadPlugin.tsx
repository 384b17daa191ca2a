import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../common/development';
import { useClient } from '../../client/ClientContext';
import { useEditorBridge } from '../EditorBridge';
import { typeaheadMenu } from './TypeaheadMenu';

class HitOption extends MenuOption {
  constructor(readonly hit: SearchHit) {
    super(hit.id);
  }
}

/** "[[" followed by up to 60 characters of query, right before the caret. */
function libraryTrigger(text: string): MenuTextMatch | null {
  const match = /\[\[([^\]\n]{0,60})$/.exec(text);
  return match ? { leadOffset: match.index, matchingString: match[1], replaceableString: match[0] } : null;
}

/** Typing "[[" searches the library inline; Enter inserts the chosen development's summary as a linked snippet. */
export function LibraryTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext();
  const client = useClient();
  const bridge = useEditorBridge();
  const [query, setQuery] = useState<string | null>(null);
  const [hits, setHits] = useState<SearchHit[]>([]);

  useEffect(() => {
    if (query === null) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      client
        .call('library.search', { query, limit: 8 })
        .then((found) => !cancelled && setHits(found))
        .catch(() => !cancelled && setHits([]));
    }, 80);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, query]);

  const options = hits.map((hit) => new HitOption(hit));

  function select(option: HitOption, nodeToRemove: TextNode | null, close: () => void) {
    editor.update(() => nodeToRemove?.remove());
    close();
    void bridge?.insertFromLibrary(option.hit.id, { kind: 'summary' });
  }

  return (
    <LexicalTypeaheadMenuPlugin<HitOption>
      onQueryChange={setQuery}
      onSelectOption={select}
      triggerFn={libraryTrigger}
      options={options}
      menuRenderFn={typeaheadMenu<HitOption>('Insert from library', 'slash-menu library-menu', (option) => (
        <>
          <span className="hit-title">{option.hit.title}</span>
          <span className="hit-meta">{[option.hit.publisher, option.hit.publishedDate].filter(Boolean).join(' · ')}</span>
        </>
      ))}
    />
  );
}
