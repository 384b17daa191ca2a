import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  KEY_ARROW_LEFT_COMMAND,
  KEY_ARROW_RIGHT_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_TAB_COMMAND,
  type TextNode,
} from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Development, SearchHit } from '../../../common/development';
import type { SnippetSourceFields } from '../../../common/snippet';
import { snippetChoices, type SnippetChoice } from '../../../common/snippetChoices';
import { useClient } from '../../client/ClientContext';
import { useInsertFromLibrary } from '../useInsertFromLibrary';
import { $removeQueryBeforeCaret, $setQueryApart } from './removeQueryBeforeCaret';
import { typeaheadMenu, type MenuView } from './TypeaheadMenu';
import { typeaheadSearch, useTypeaheadSearch } from './useTypeaheadSearch';

class HitOption extends MenuOption {
  constructor(readonly hit: SearchHit) {
    super(hit.id);
  }
}

class ChoiceOption extends MenuOption {
  constructor(
    readonly development: Development,
    readonly choice: SnippetChoice,
    index: number,
  ) {
    super(`${development.id}-${index}`);
  }
}

type LibraryOption = HitOption | ChoiceOption;

/** What a hit carries for inserting its summary (only the summary is inserted, so no key points or text). */
function summaryOf(hit: SearchHit): SnippetSourceFields | undefined {
  return hit.summarySource && { ...hit, ...hit.summarySource, keyPoints: [], fullText: '' };
}

/** "[[" followed by up to 60 characters of query (no brackets), right before the caret. */
const TRAILING_QUERY = /\[\[([^[\]\n]{0,60})$/;

function libraryTrigger(text: string): MenuTextMatch | null {
  const match = TRAILING_QUERY.exec(text);
  return match ? { leadOffset: match.index, matchingString: match[1], replaceableString: match[0] } : null;
}

/** The [[ query right before the caret in the editor as it is now (not as React last rendered it). */
function $typedQuery(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) return null;
  return TRAILING_QUERY.exec(node.getTextContent().slice(0, selection.anchor.offset))?.[1] ?? null;
}

/**
 * Typing "[[" searches the library's titles, summaries and key points inline. Enter inserts
 * the highlighted development's summary as a linked snippet; → lists what else can be
 * inserted from it (a key point, the passage that best matches the query, just a citation),
 * ← goes back. Enter always acts on the results of the query exactly as typed: pressed
 * before they arrive, it waits for them rather than act on an older list.
 */
export function LibraryTypeaheadPlugin({ onOpenChange }: { onOpenChange?(open: boolean): void }) {
  const [editor] = useLexicalComposerContext();
  const client = useClient();
  const insertFromLibrary = useInsertFromLibrary();
  const [query, setQuery] = useState<string | null>(null);
  /** The development whose parts are listed (after →), for the query it was opened at. */
  const [parts, setParts] = useState<{ query: string; development: Development } | null>(null);
  /** The menu as last shown: which query its list answers and which row is highlighted. */
  const view = useRef<MenuView<LibraryOption> | null>(null);

  const insert = (option: LibraryOption) => {
    if (option instanceof ChoiceOption) void insertFromLibrary({ developmentId: option.development.id, origin: option.choice.origin, known: option.development });
    else void insertFromLibrary({ developmentId: option.hit.id, origin: { kind: 'summary' }, known: summaryOf(option.hit) });
  };
  /** Enter from the keyboard: the query goes, then the choice is inserted (the menu closes as its trigger goes). */
  const choose = (option: LibraryOption) => {
    editor.update(() => $removeQueryBeforeCaret(null, TRAILING_QUERY), { discrete: true });
    insert(option);
  };

  const { found, latest } = useTypeaheadSearch(query);

  /**
   * Enter before the results of the query as typed came (run in the key's own update): the query stays in the text, set
   * apart so typing goes on after it, and is replaced by the first of its own results (or
   * left as typed when there are none).
   */
  const $insertWhenFound = (typed: string) => {
    const apart = $setQueryApart(TRAILING_QUERY);
    if (apart === null) return;
    const release = () => editor.update(() => ($getNodeByKey(apart) as TextNode | null)?.setMode('normal'));
    client
      .call('library.search', typeaheadSearch(typed))
      .then((hits) => (hits[0] ? insertFromLibrary({ developmentId: hits[0].id, origin: { kind: 'summary' }, known: summaryOf(hits[0]), replacing: apart }) : release()))
      .catch(release);
  };

  const showingParts = parts !== null && parts.query === query;
  // The same options for the same list: the menu moves its highlight back to the top when
  // handed new ones, which a re-render of the editor (a save finishing) must not do.
  const hitOptions = useMemo(() => found.hits.map((hit) => new HitOption(hit)), [found.hits]);
  const partOptions = useMemo(
    () => (parts ? snippetChoices(parts.development, parts.query).map((choice, index) => new ChoiceOption(parts.development, choice, index)) : []),
    [parts],
  );
  const options: LibraryOption[] = showingParts ? partOptions : hitOptions;

  // A development's parts open with the first (its summary) highlighted.
  useEffect(() => {
    if (showingParts) view.current?.highlight(0);
  }, [showingParts]);

  const handlers = useRef<{ enter(event: KeyboardEvent | null): boolean; right(): boolean; left(): boolean } | null>(null);
  handlers.current = {
    enter(event) {
      if (event?.shiftKey) return false;
      // Key commands run inside an editor update: the text read is the text as typed so far.
      const typed = $typedQuery();
      if (typed === null) return false;
      event?.preventDefault();
      event?.stopImmediatePropagation();
      const shown = view.current;
      if (showingParts && parts.query === typed) {
        const part = shown?.options[shown.selectedIndex ?? 0];
        if (part instanceof ChoiceOption) choose(part);
      } else if (latest.current?.query === typed && latest.current.hits.length > 0) {
        // The row highlighted in the list of these very results, else the first.
        const index = shown && shown.answers === typed ? (shown.selectedIndex ?? 0) : 0;
        choose(new HitOption(latest.current.hits[index] ?? latest.current.hits[0]));
      } else {
        $insertWhenFound(typed);
      }
      return true;
    },
    right() {
      const typed = editor.getEditorState().read($typedQuery);
      if (typed === null || showingParts) return false;
      const openParts = (id: string) =>
        client
          .call('library.get', { id })
          .then((development) => setParts({ query: typed, development }))
          .catch(() => undefined);
      const shown = view.current;
      if (latest.current?.query === typed && shown?.answers === typed) {
        const hit = latest.current.hits[shown.selectedIndex ?? 0];
        if (!hit) return false;
        void openParts(hit.id);
      } else {
        // Pressed before the results of the query as typed came, as Enter may be: the parts of
        // its first result open when they come, never those of an older list's row.
        client
          .call('library.search', typeaheadSearch(typed))
          .then((hits) => (hits[0] ? openParts(hits[0].id) : undefined))
          .catch(() => undefined);
      }
      return true;
    },
    left() {
      if (!showingParts) return false;
      setParts(null);
      return true;
    },
  };

  useEffect(() => {
    // Above the menu's own keys, and always: Enter right after the last letter of a query
    // comes before React has shown the menu for it. Each handler acts only on a [[ query.
    const keyed = (run: () => boolean) => (event: KeyboardEvent | null) => {
      if (!run()) return false;
      event?.preventDefault();
      return true;
    };
    return mergeRegister(
      editor.registerCommand(KEY_ENTER_COMMAND, (event) => handlers.current?.enter(event) ?? false, COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_TAB_COMMAND, (event) => handlers.current?.enter(event) ?? false, COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_RIGHT_COMMAND, keyed(() => handlers.current?.right() ?? false), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_LEFT_COMMAND, keyed(() => handlers.current?.left() ?? false), COMMAND_PRIORITY_HIGH),
    );
  }, [editor]);

  function select(option: LibraryOption, nodeToRemove: TextNode | null, close: () => void) {
    editor.update(() => $removeQueryBeforeCaret(nodeToRemove, TRAILING_QUERY));
    close();
    insert(option);
  }

  return (
    <LexicalTypeaheadMenuPlugin<LibraryOption>
      onQueryChange={setQuery}
      onOpen={() => onOpenChange?.(true)}
      onClose={() => {
        setParts(null);
        onOpenChange?.(false);
      }}
      onSelectOption={select}
      triggerFn={libraryTrigger}
      options={options}
      menuRenderFn={typeaheadMenu<LibraryOption>(
        showingParts ? `Insert from “${parts.development.title}”` : 'Insert from library',
        'slash-menu library-menu',
        (option) =>
          option instanceof ChoiceOption ? (
            <>
              <span className="hit-title">{option.choice.label}</span>
              <span className="hit-text">{option.choice.text}</span>
            </>
          ) : (
            <>
              <span className="hit-title">{option.hit.title}</span>
              <span className="hit-meta">{[option.hit.publisher, option.hit.publishedDate].filter(Boolean).join(' · ')}</span>
              <span className="hit-text">
                {option.hit.snippet.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : part.text))}
              </span>
            </>
          ),
        {
          answers: showingParts ? undefined : found.query,
          view,
          hint: showingParts ? 'Enter inserts the highlighted part · ← back to the results' : 'Enter inserts the summary · → a key point, a passage or just a citation',
        },
      )}
    />
  );
}
