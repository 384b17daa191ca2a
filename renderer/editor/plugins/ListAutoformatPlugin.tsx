import { $createListItemNode, $createListNode, $isListItemNode, type ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  KEY_BACKSPACE_COMMAND,
  PASTE_TAG,
} from 'lexical';
import { useEffect } from 'react';
import { listAutoformatFor } from '../listAutoformat';

const AUTOFORMAT_TAG = 'list-autoformat';

/**
 * Typing "1. " or "- " at the start of a paragraph starts a numbered or bulleted list, as in
 * Word. Backspace right after it gives the typed marker back as text (Word's "undo automatic
 * numbering"); so does Ctrl+Z, since the list is made in an update of its own.
 */
export function ListAutoformatPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    /** The list item just made and the marker it replaced, until anything else happens. */
    let made: { itemKey: string; marker: string } | null = null;

    return mergeRegister(
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, tags }) => {
        if (tags.has(AUTOFORMAT_TAG)) return;
        if (dirtyLeaves.size > 0) made = null;
        if (dirtyLeaves.size !== 1 || tags.has(HISTORIC_TAG) || tags.has(PASTE_TAG)) return;
        const marker = editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
          const node = selection.anchor.getNode();
          const paragraph = node.getParent();
          if (!$isTextNode(node) || !dirtyLeaves.has(node.getKey()) || !$isParagraphNode(paragraph) || !node.is(paragraph.getFirstChild())) return null;
          const typed = node.getTextContent().slice(0, selection.anchor.offset);
          // Only the character just typed may complete the marker: text that was there stays text.
          const before = prevEditorState.read(() => $getNodeByKey(node.getKey())?.getTextContent());
          if (before === undefined || before.length !== node.getTextContentSize() - 1) return null;
          const format = listAutoformatFor(typed);
          return format && { format, textKey: node.getKey(), paragraphKey: paragraph.getKey() };
        });
        if (!marker) return;
        editor.update(
          () => {
            const text = $getNodeByKey(marker.textKey);
            const paragraph = $getNodeByKey(marker.paragraphKey);
            if (!$isTextNode(text) || !$isParagraphNode(paragraph)) return;
            const { format } = marker;
            const list = $createListNode(format.listType, format.listType === 'number' ? format.start : 1);
            const item = $createListItemNode();
            if (format.marker.length === text.getTextContentSize()) text.remove();
            else text.spliceText(0, format.marker.length, '');
            item.append(...paragraph.getChildren());
            list.append(item);
            paragraph.replace(list);
            item.selectStart();
            made = { itemKey: item.getKey(), marker: format.marker };
          },
          { tag: [AUTOFORMAT_TAG, HISTORY_PUSH_TAG] },
        );
      }),
      editor.registerCommand(
        KEY_BACKSPACE_COMMAND,
        (event) => {
          if (!made) return false;
          const { itemKey, marker } = made;
          made = null;
          const undone = editor.getEditorState().read(() => {
            const selection = $getSelection();
            const item = $getNodeByKey(itemKey);
            return $isRangeSelection(selection) && selection.isCollapsed() && $isListItemNode(item) && $isAtItemStart(item);
          });
          if (!undone) return false;
          event.preventDefault();
          editor.update(() => {
            const item = $getNodeByKey(itemKey);
            if (!$isListItemNode(item)) return;
            const paragraph = $createParagraphNode();
            item.replace(paragraph, true);
            const text = $createTextNode(marker);
            const first = paragraph.getFirstChild();
            if (first) first.insertBefore(text);
            else paragraph.append(text);
            text.select(marker.length, marker.length);
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);
  return null;
}

function $isAtItemStart(item: ListItemNode): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.anchor.offset !== 0) return false;
  const node = selection.anchor.getNode();
  return node.is(item) || node.is(item.getFirstDescendant());
}
