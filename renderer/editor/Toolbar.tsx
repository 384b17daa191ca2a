import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, type TextFormatType } from 'lexical';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
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
  redo,
  setBlockType,
  tableAction,
  undo,
  type TableAction,
} from './actions';
import type { BlockType } from './commands';
import { OPEN_COMMENT_COMMAND } from './comments/commands';
import { SuggestSwitch } from './suggestions/SuggestSwitch';
import { shortcutFor } from './plugins/ShortcutsPlugin';
import { PassageLanguageControl } from './PassageLanguageControl';
import { editorCommandActions } from './editorCommandActions';
import { useWindowCommandActions } from '../state/windowCommands';

const FORMATS: { format: TextFormatType; label: string; shortcut: string; glyph: string }[] = [
  { format: 'bold', label: 'Bold', shortcut: 'Control+B', glyph: 'B' },
  { format: 'italic', label: 'Italic', shortcut: 'Control+I', glyph: 'I' },
  { format: 'underline', label: 'Underline', shortcut: 'Control+U', glyph: 'U' },
  { format: 'strikethrough', label: 'Strikethrough', shortcut: 'Control+Shift+X', glyph: 'S' },
];

const TABLE_ACTIONS: { action: TableAction; label: string }[] = [
  { action: 'row-above', label: 'Add row above' },
  { action: 'row-below', label: 'Add row below' },
  { action: 'column-left', label: 'Add column left' },
  { action: 'column-right', label: 'Add column right' },
  { action: 'delete-row', label: 'Delete row' },
  { action: 'delete-column', label: 'Delete column' },
  { action: 'toggle-header-row', label: 'Header row' },
];

function ToolButton(props: { label: string; onClick(): void; pressed?: boolean; disabled?: boolean; className?: string; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label={props.label}
      title={props.label + (shortcutFor(props.label) ? ` (${shortcutFor(props.label)})` : '')}
      aria-keyshortcuts={shortcutFor(props.label)}
      aria-pressed={props.pressed}
      disabled={props.disabled}
      className={props.className}
      // Keep the editor's selection: a toolbar click must not move focus before it acts.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/** Formatting controls for the note body; every control has a name and a keyboard path. */
export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<Record<string, boolean>>({});
  const [blockType, setBlock] = useState<BlockType>('paragraph');
  const [inTable, setInTable] = useState(false);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  // The Edit, Insert and Format commands of the menu and the palette act on this editor.
  useWindowCommandActions(useMemo(() => editorCommandActions(editor), [editor]));

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const next = Object.fromEntries(FORMATS.map(({ format }) => [format, selection.hasFormat(format)]));
            // Typing keeps the formats as they were: keep the same object, so the toolbar does not re-render.
            setActive((previous) => (FORMATS.every(({ format }) => previous[format] === next[format]) ? previous : next));
            setBlock($currentBlockType());
            setInTable($selectionInTable());
          });
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" aria-controls="note-body">
      <ToolButton label="Undo" onClick={() => undo(editor)} disabled={!canUndo}>
        ↶
      </ToolButton>
      <ToolButton label="Redo" onClick={() => redo(editor)} disabled={!canRedo}>
        ↷
      </ToolButton>
      <label className="visually-hidden" htmlFor="block-type">
        Block type
      </label>
      <select id="block-type" value={blockType} onChange={(event) => setBlockType(editor, event.target.value as BlockType, blockType)}>
        <option value="paragraph">Paragraph</option>
        <option value="h2">Heading</option>
        <option value="h3">Subheading</option>
        <option value="bullet">Bulleted list</option>
        <option value="number">Numbered list</option>
        <option value="quote">Quote</option>
      </select>
      {FORMATS.map(({ format, label, glyph }) => (
        <ToolButton key={format} label={label} className={`fmt-${format}`} pressed={Boolean(active[format])} onClick={() => formatText(editor, format)}>
          {glyph}
        </ToolButton>
      ))}
      <ToolButton label="Clear formatting" onClick={() => clearFormatting(editor)}>
        T̸
      </ToolButton>
      <ToolButton label="Link" onClick={() => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined)}>
        Link
      </ToolButton>
      <ToolButton label="Comment" onClick={() => editor.dispatchCommand(OPEN_COMMENT_COMMAND, undefined)}>
        Comment
      </ToolButton>
      <SuggestSwitch />
      <PassageLanguageControl editor={editor} />
      <ToolButton label="Outdent" onClick={() => outdent(editor)}>
        ⇤
      </ToolButton>
      <ToolButton label="Indent" onClick={() => indent(editor)}>
        ⇥
      </ToolButton>
      <ToolButton label="Insert table" onClick={() => insertTable(editor)}>
        ▦
      </ToolButton>
      <ToolButton label="Horizontal line" onClick={() => insertHorizontalRule(editor)}>
        ―
      </ToolButton>
      <ToolButton label="Page break" onClick={() => insertPageBreak(editor)}>
        ⤓
      </ToolButton>
      <ToolButton label="Find and replace" onClick={() => editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: true })}>
        Find
      </ToolButton>
      {inTable && (
        <span role="group" aria-label="Table" className="toolbar-group">
          {TABLE_ACTIONS.map(({ action, label }) => (
            <ToolButton key={action} label={label} onClick={() => tableAction(editor, action)}>
              {label}
            </ToolButton>
          ))}
        </span>
      )}
    </div>
  );
}
