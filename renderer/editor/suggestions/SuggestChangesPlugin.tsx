import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  COMPOSITION_END_COMMAND,
  COMPOSITION_END_TAG,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  FORMAT_TEXT_COMMAND,
  HISTORY_MERGE_TAG,
  INSERT_PARAGRAPH_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  TextNode,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import { Modal } from '../../components/Modal';
import { useAnnounce } from '../../state/announcer';
import { useComments } from '../comments/CommentsContext';
import { IdentityForm } from '../comments/IdentityForm';
import { DECIDE_SUGGESTIONS_COMMAND, SELECT_SUGGESTION_COMMAND } from './commands';
import { SUGGESTED_BLOCK_TYPES, SUGGESTED_FORMATS, type SuggestedBlockType, type SuggestedFormat } from '../../../common/suggestions';
import { $decideSuggestions, $listSuggestions, $selectSuggestion, $suggestDelete, $suggestDeletion, $suggestComposed, $suggestFormat, $suggestInsertedNode, $suggestInsertion, type SuggestionMaker } from './suggestionEdits';
import { $suggestParagraphBreak } from './paragraphBreaks';
import { $moveBlock, moveMessage } from './blockMoves';
import { $blockOf, $isStandIn } from './blockState';
import { MOVE_BLOCK_COMMAND, SET_BLOCK_TYPE_COMMAND, SNIPPET_INSERTED_COMMAND, STRUCTURE_CHANGE_COMMAND } from '../commands';
import { $suggestBlockType } from './blockTypes';
import { $ownUndoStep } from '../ownUndoStep';
import { registerBlockMarks } from './blockMarks';
import { $suggestionAround, SuggestionNode } from './SuggestionNode';
import { useSuggestions } from './SuggestionsContext';

/** A paste larger than this is not taken as a suggestion (it would be one unreviewable block). */
const MAX_SUGGESTED_PASTE_CHARS = 100_000;

/** Text typed by the browser itself (not through Lexical's commands): taken over while suggesting. */
const TYPED_INPUT = new Set(['insertText', 'insertReplacementText']);

const isSuggestedFormat = (format: string): format is SuggestedFormat => (SUGGESTED_FORMATS as readonly string[]).includes(format);
const isSuggestedBlockType = (type: string): type is SuggestedBlockType => (SUGGESTED_BLOCK_TYPES as readonly string[]).includes(type);

function typedText(event: InputEvent): string {
  return event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
}

/**
 * Suggest changes: while the switch is on, what is typed, pasted, deleted or made bold,
 * italic, underlined or struck through in the body is recorded as suggestions under the
 * user's name instead of changing the text, and so are paragraph breaks made (Enter) and
 * removed (Backspace or Delete at a block's edge), paragraphs moved up or down, paragraphs,
 * headings and quotes changed from one to another, and snippets inserted from the library.
 * Other formatting, making or undoing lists, and changes to tables, lines and page breaks are
 * refused with a message (not tracked). Also
 * lists the suggestions for the Review panel and carries out its Accept, Reject and selection.
 */
export function SuggestChangesPlugin() {
  const [editor] = useLexicalComposerContext();
  const announce = useAnnounce();
  const comments = useComments();
  const suggestions = useSuggestions();
  const identity = comments?.identity ?? null;
  const suggesting = suggestions?.suggesting === true && identity !== null && identity.name.trim() !== '';
  const maker = useRef<SuggestionMaker | null>(null);
  maker.current = suggesting && identity ? { author: identity, newId: () => crypto.randomUUID(), now: () => new Date().toISOString() } : null;
  const setList = suggestions?.setList;

  const readList = useCallback(() => {
    if (setList) editor.getEditorState().read(() => setList($listSuggestions()));
  }, [editor, setList]);

  useEffect(() => registerBlockMarks(editor, readList), [editor, readList]);

  useEffect(() => {
    if (!setList) return;
    readList();
    return mergeRegister(
      editor.registerMutationListener(SuggestionNode, readList, { skipInitialization: true }),
      // Typing on inside an insertion changes its text node, not the suggestion node.
      editor.registerMutationListener(
        TextNode,
        (mutations) => {
          const inside = editor.getEditorState().read(() => [...mutations].some(([key, mutation]) => mutation !== 'destroyed' && $suggestionAround($getNodeByKey(key)) !== null));
          if (inside) readList();
        },
        { skipInitialization: true },
      ),
      editor.registerCommand(
        DECIDE_SUGGESTIONS_COMMAND,
        ({ id, accept }) => {
          let decided = 0;
          editor.update(() => {
            decided = $decideSuggestions(id, accept);
            if (decided > 0) $ownUndoStep();
          });
          announce(decided === 0 ? 'That suggestion is no longer in the note.' : `${decided} suggestion${decided === 1 ? '' : 's'} ${accept ? 'accepted' : 'rejected'}.`);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        SELECT_SUGGESTION_COMMAND,
        (id) => {
          // Listeners run inside an editor update (see SELECT_COMMENT_TEXT_COMMAND): select here, not in a nested update.
          if ($selectSuggestion(id)) editor.focus();
          else announce('That suggestion is no longer in the note.');
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, announce, setList, readList]);

  useEffect(() => registerSuggesting(editor, () => maker.current, announce), [editor, announce]);

  const askIdentity = suggestions?.suggesting === true && identity !== null && identity.name.trim() === '';
  if (!comments || !suggestions || !identity) return null;
  return (
    // Closed once the name is saved (which keeps the switch on); Escape or Cancel while it is asked turns the switch off.
    <Modal open={askIdentity} title="Who are you?" onClose={() => askIdentity && suggestions.setSuggesting(false)}>
      <IdentityForm initial={identity} submitLabel="Save and suggest" onSave={comments.saveIdentity} onCancel={() => suggestions.setSuggesting(false)} />
    </Modal>
  );
}

/** The editor's text-changing commands, taken over while `currentMaker` gives someone to record them under. */
function registerSuggesting(editor: LexicalEditor, currentMaker: () => SuggestionMaker | null, announce: (message: string) => void): () => void {
  const deletion = (unit: 'character' | 'word' | 'lineboundary') => (isBackward: boolean) => {
    const maker = currentMaker();
    const selection = $getSelection();
    if (!maker || !$isRangeSelection(selection)) return false;
    const outcome = $suggestDelete(selection, isBackward, unit, maker);
    if (outcome === 'not-joinable') announce('Only two paragraphs, headings or list items are joined as a suggestion. Turn off Suggest changes to join these.');
    if (outcome === 'theirs') announce('Someone else suggested that paragraph break: accept or reject it in the Review panel.');
    if (outcome === 'joined') announce('Joining the paragraphs is suggested.');
    // An empty paragraph holds no text to suggest deleting: it goes as usual.
    return outcome !== 'empty-block';
  };
  /** While suggesting, a move's stand-in takes no edits: they would go with it once the move is accepted. */
  const inStandIn = (selection: RangeSelection) => {
    const standIn = $isStandIn($blockOf(selection.anchor.getNode())) || $isStandIn($blockOf(selection.focus.getNode()));
    if (standIn) announce(moveMessage('stand-in', 'down'));
    return standIn;
  };
  const insertText = (text: string) => {
    const maker = currentMaker();
    const selection = $getSelection();
    if (!maker || !$isRangeSelection(selection)) return false;
    if (!inStandIn(selection)) $suggestInsertion(selection, text, maker);
    return true;
  };

  // The browser types most characters itself and Lexical reads them back from the page: while
  // suggesting, the typing is taken before Lexical sees it and made through the command instead.
  const onBeforeInput = (event: InputEvent) => {
    if (!currentMaker() || !TYPED_INPUT.has(event.inputType)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const text = typedText(event);
    // In the update the event is still current, so Lexical reads the selection from the page.
    editor.update(() => void insertText(text));
  };

  // Composed text (an input method) is written by the browser, not through the commands above:
  // it is made a suggestion in the update right after the composition's end.
  let composed: string | null = null;
  const onComposed = () => {
    const maker = currentMaker();
    const text = composed;
    composed = null;
    if (!maker || !text) return;
    editor.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) $suggestComposed(selection, text, maker);
      },
      // One undo step with the composition.
      { tag: HISTORY_MERGE_TAG },
    );
  };

  return mergeRegister(
    editor.registerCommand(
      COMPOSITION_END_COMMAND,
      (event) => {
        if (currentMaker()) composed = event.data;
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerUpdateListener(({ tags }) => {
      if (composed !== null && tags.has(COMPOSITION_END_TAG)) onComposed();
    }),
    editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('beforeinput', onBeforeInput, true);
      root?.addEventListener('beforeinput', onBeforeInput, true);
    }),
    editor.registerCommand(
      INSERT_PARAGRAPH_COMMAND,
      () => {
        const maker = currentMaker();
        const selection = $getSelection();
        if (!maker || !$isRangeSelection(selection)) return false;
        if (inStandIn(selection)) return true;
        if (!selection.isCollapsed()) $suggestDeletion(selection, false, maker);
        const caret = $getSelection();
        return $isRangeSelection(caret) && $suggestParagraphBreak(caret, maker);
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      MOVE_BLOCK_COMMAND,
      (direction) => {
        const maker = currentMaker();
        const selection = $getSelection();
        if (!maker || !$isRangeSelection(selection)) return false;
        const outcome = $moveBlock(selection, direction, maker);
        if (outcome === 'moved' || outcome === 'suggested' || outcome === 'withdrawn') $ownUndoStep();
        announce(moveMessage(outcome, direction));
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      SET_BLOCK_TYPE_COMMAND,
      ({ next, current }) => {
        const maker = currentMaker();
        const selection = $getSelection();
        if (!maker) return false;
        if (!isSuggestedBlockType(next) || !isSuggestedBlockType(current)) {
          announce('Lists are not made or undone as suggestions. Turn off Suggest changes to change a list.');
        } else if ($isRangeSelection(selection) && $suggestBlockType(selection, next, maker) === 'not-a-text-block') {
          announce('Only paragraphs, headings and quotes change type as a suggestion. Turn off Suggest changes to change these.');
        }
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      STRUCTURE_CHANGE_COMMAND,
      (what) => {
        if (!currentMaker()) return false;
        const name = what === 'table' ? 'Tables and their rows, columns and header row are' : what === 'line' ? 'Horizontal lines are' : 'Page breaks are';
        announce(`${name} not changed as suggestions. Turn off Suggest changes to make this change.`);
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      SNIPPET_INSERTED_COMMAND,
      (key) => {
        const maker = currentMaker();
        const node = $getNodeByKey(key);
        if (!maker || !node) return false;
        $suggestInsertedNode(node, maker);
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(CONTROLLED_TEXT_INSERTION_COMMAND, (payload) => insertText(typeof payload === 'string' ? payload : typedText(payload)), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(DELETE_CHARACTER_COMMAND, deletion('character'), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(DELETE_WORD_COMMAND, deletion('word'), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(DELETE_LINE_COMMAND, deletion('lineboundary'), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(
      REMOVE_TEXT_COMMAND,
      () => {
        const maker = currentMaker();
        const selection = $getSelection();
        if (!maker || !$isRangeSelection(selection)) return false;
        if (!selection.isCollapsed()) $suggestDelete(selection, true, 'character', maker);
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      FORMAT_TEXT_COMMAND,
      (format) => {
        const maker = currentMaker();
        const selection = $getSelection();
        if (!maker) return false;
        if (!isSuggestedFormat(format)) announce('Only bold, italic, underline and strike-through are recorded as suggestions. Turn off Suggest changes for other formatting.');
        else if (!$isRangeSelection(selection) || !$suggestFormat(selection, format, maker)) announce('Select the text to format first.');
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        if (!currentMaker()) return false;
        const data = 'clipboardData' in event ? event.clipboardData : null;
        event.preventDefault();
        const text = (data?.getData('text/plain') ?? '').replace(/\r\n?/g, '\n');
        if (text.length > MAX_SUGGESTED_PASTE_CHARS) {
          announce(`A paste of more than ${MAX_SUGGESTED_PASTE_CHARS.toLocaleString('en')} characters is not taken as a suggestion. Turn off Suggest changes to paste it.`);
          return true;
        }
        // Pasted as plain text on one line per paragraph break kept as spaces: a suggestion stays within its paragraph.
        editor.update(() => void insertText(text.replace(/\n+/g, ' ')));
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}
