import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import {
  $currentBlockType,
  $selectionInTable,
  clearFormatting,
  formatText,
  indent,
  insertHorizontalRule,
  insertPageBreak,
  insertTable,
  OPEN_FIND_COMMAND,
  OPEN_LINK_DIALOG_COMMAND,
  outdent,
  setBlockType,
  tableAction,
  type TableAction,
} from '../actions';
import type { BlockType } from '../commands';
import { OPEN_COMMENT_COMMAND } from '../comments/commands';
import { MOVE_BLOCK_COMMAND } from '../commands';

interface Shortcut {
  /** As aria-keyshortcuts spells it; "Control" stands for Command on macOS. */
  keys: string;
  label: string;
  matches(event: KeyboardEvent): boolean;
  run(editor: LexicalEditor): void;
  /** Only inside a table; elsewhere the keys pass on, so they stay free for typing. */
  inTable?: true;
}

const mod = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;
const block = (type: BlockType) => (editor: LexicalEditor) =>
  setBlockType(editor, type, editor.getEditorState().read($currentBlockType));

/** Ctrl+Alt and a letter, with or without Shift: the table tools' shortcuts, as the toolbar labels them. */
function tableShortcut(letter: string, shift: boolean, label: string, action: TableAction): Shortcut {
  return {
    keys: `Control+Alt+${shift ? 'Shift+' : ''}${letter}`,
    label,
    matches: (e) => mod(e) && e.altKey && e.shiftKey === shift && e.code === `Key${letter}`,
    run: (editor) => tableAction(editor, action),
    inTable: true,
  };
}

/** Shortcuts beyond Lexical's own (bold, italic, underline, undo, redo are built in). */
export const SHORTCUTS: Shortcut[] = [
  { keys: 'Control+Shift+X', label: 'Strikethrough', matches: (e) => mod(e) && e.shiftKey && e.code === 'KeyX', run: (ed) => formatText(ed, 'strikethrough') },
  { keys: 'Control+Alt+0', label: 'Paragraph', matches: (e) => mod(e) && e.altKey && e.code === 'Digit0', run: block('paragraph') },
  { keys: 'Control+Alt+1', label: 'Heading', matches: (e) => mod(e) && e.altKey && e.code === 'Digit1', run: block('h2') },
  { keys: 'Control+Alt+2', label: 'Subheading', matches: (e) => mod(e) && e.altKey && e.code === 'Digit2', run: block('h3') },
  { keys: 'Control+Shift+7', label: 'Numbered list', matches: (e) => mod(e) && e.shiftKey && e.code === 'Digit7', run: block('number') },
  { keys: 'Control+Shift+8', label: 'Bulleted list', matches: (e) => mod(e) && e.shiftKey && e.code === 'Digit8', run: block('bullet') },
  { keys: 'Control+Shift+9', label: 'Quote', matches: (e) => mod(e) && e.shiftKey && e.code === 'Digit9', run: block('quote') },
  { keys: 'Control+]', label: 'Indent', matches: (e) => mod(e) && e.code === 'BracketRight', run: indent },
  { keys: 'Control+[', label: 'Outdent', matches: (e) => mod(e) && e.code === 'BracketLeft', run: outdent },
  { keys: 'Control+K', label: 'Link', matches: (e) => mod(e) && !e.shiftKey && e.code === 'KeyK', run: (ed) => ed.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined) },
  { keys: 'Control+Alt+M', label: 'Comment', matches: (e) => mod(e) && e.altKey && !e.shiftKey && e.code === 'KeyM', run: (ed) => ed.dispatchCommand(OPEN_COMMENT_COMMAND, undefined) },
  { keys: 'Control+\\', label: 'Clear formatting', matches: (e) => mod(e) && e.code === 'Backslash', run: clearFormatting },
  { keys: 'Control+Enter', label: 'Page break', matches: (e) => mod(e) && e.key === 'Enter', run: insertPageBreak },
  { keys: 'Control+Alt+T', label: 'Insert table', matches: (e) => mod(e) && e.altKey && e.code === 'KeyT', run: insertTable },
  { keys: 'Control+Alt+H', label: 'Horizontal line', matches: (e) => mod(e) && e.altKey && !e.shiftKey && e.code === 'KeyH', run: insertHorizontalRule },
  { keys: 'Control+F', label: 'Find', matches: (e) => mod(e) && !e.altKey && e.code === 'KeyF', run: (ed) => ed.dispatchCommand(OPEN_FIND_COMMAND, { replace: false }) },
  { keys: 'Control+H', label: 'Find and replace', matches: (e) => mod(e) && !e.altKey && e.code === 'KeyH', run: (ed) => ed.dispatchCommand(OPEN_FIND_COMMAND, { replace: true }) },
  { keys: 'Alt+Shift+ArrowUp', label: 'Move paragraph up', matches: (e) => e.altKey && e.shiftKey && !mod(e) && e.key === 'ArrowUp', run: (ed) => ed.dispatchCommand(MOVE_BLOCK_COMMAND, 'up') },
  { keys: 'Alt+Shift+ArrowDown', label: 'Move paragraph down', matches: (e) => e.altKey && e.shiftKey && !mod(e) && e.key === 'ArrowDown', run: (ed) => ed.dispatchCommand(MOVE_BLOCK_COMMAND, 'down') },
  tableShortcut('R', false, 'Add row below', 'row-below'),
  tableShortcut('R', true, 'Add row above', 'row-above'),
  tableShortcut('C', false, 'Add column right', 'column-right'),
  tableShortcut('C', true, 'Add column left', 'column-left'),
  tableShortcut('D', false, 'Delete row', 'delete-row'),
  tableShortcut('D', true, 'Delete column', 'delete-column'),
  tableShortcut('H', true, 'Header row', 'toggle-header-row'),
];

export function shortcutFor(label: string): string | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.label === label)?.keys;
}

export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          // AltGr (which some systems report as Ctrl+Alt) types characters: never a shortcut.
          if (event.getModifierState('AltGraph')) return false;
          const shortcut = SHORTCUTS.find((candidate) => candidate.matches(event));
          if (!shortcut || (shortcut.inTable && !editor.getEditorState().read($selectionInTable))) return false;
          event.preventDefault();
          shortcut.run(editor);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
