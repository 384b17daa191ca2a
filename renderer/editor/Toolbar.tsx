import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useState } from 'react';

type BlockType = 'paragraph' | 'h2' | 'h3' | 'bullet' | 'number';

const FORMATS: { format: TextFormatType; label: string; shortcut: string; glyph: string }[] = [
  { format: 'bold', label: 'Bold', shortcut: 'Control+B', glyph: 'B' },
  { format: 'italic', label: 'Italic', shortcut: 'Control+I', glyph: 'I' },
  { format: 'underline', label: 'Underline', shortcut: 'Control+U', glyph: 'U' },
];

/** Formatting controls for the note body; every control has a name and a keyboard path. */
export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<Record<string, boolean>>({});
  const [blockType, setBlockType] = useState<BlockType>('paragraph');
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            setActive(Object.fromEntries(FORMATS.map(({ format }) => [format, selection.hasFormat(format)])));
            const anchor = selection.anchor.getNode();
            const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
            if ($isListNode(top)) {
              const list = $getNearestNodeOfType(anchor, ListNode);
              setBlockType((list ?? top).getListType() === 'number' ? 'number' : 'bullet');
            } else if ($isHeadingNode(top)) {
              setBlockType(top.getTag() === 'h3' ? 'h3' : 'h2');
            } else {
              setBlockType('paragraph');
            }
          });
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  function changeBlock(next: BlockType) {
    if (next === 'bullet') return editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    if (next === 'number') return editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    if (blockType === 'bullet' || blockType === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () => (next === 'paragraph' ? $createParagraphNode() : $createHeadingNode(next)));
    });
  }

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" aria-controls="note-body">
      <button type="button" aria-label="Undo" aria-keyshortcuts="Control+Z" disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        ↶
      </button>
      <button type="button" aria-label="Redo" aria-keyshortcuts="Control+Y" disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        ↷
      </button>
      <label className="visually-hidden" htmlFor="block-type">
        Block type
      </label>
      <select id="block-type" value={blockType} onChange={(event) => changeBlock(event.target.value as BlockType)}>
        <option value="paragraph">Paragraph</option>
        <option value="h2">Heading</option>
        <option value="h3">Subheading</option>
        <option value="bullet">Bulleted list</option>
        <option value="number">Numbered list</option>
      </select>
      {FORMATS.map(({ format, label, shortcut, glyph }) => (
        <button
          key={format}
          type="button"
          className={`fmt-${format}`}
          aria-label={label}
          aria-keyshortcuts={shortcut}
          aria-pressed={Boolean(active[format])}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {glyph}
        </button>
      ))}
      <button type="button" aria-label="Bulleted list" aria-pressed={blockType === 'bullet'} onClick={() => changeBlock(blockType === 'bullet' ? 'paragraph' : 'bullet')}>
        •≡
      </button>
      <button type="button" aria-label="Numbered list" aria-pressed={blockType === 'number'} onClick={() => changeBlock(blockType === 'number' ? 'paragraph' : 'number')}>
        1≡
      </button>
    </div>
  );
}
