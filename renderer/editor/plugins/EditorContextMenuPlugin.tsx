import { $getHtmlContent } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, PASTE_COMMAND, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../../common/messageOf';
import { isSpellingLanguage, type SpellingLanguage } from '../../../common/spelling/languages';
import { ContextMenu } from '../../components/contextMenu/ContextMenu';
import { editorMenuItems, type EditorMenuAction } from '../../components/contextMenu/editorMenuItems';
import { misspellingAt, textOf } from '../../spelling/misspeltAtCaret';
import { useAnnounce, type Announce } from '../../state/announcer';
import { useSpelling } from '../../state/spelling';
import { REPLACE_MISSPELLING_COMMAND } from '../spellingCommands';

interface OpenMenu {
  at: { x: number; y: number };
  misspelling: { range: StaticRange; word: string } | null;
  suggestions: string[] | null;
  hasSelection: boolean;
}

const CLIPBOARD_REFUSED =
  'Brieflink was not allowed to read the clipboard here. Paste with Ctrl+V (Cmd+V on a Mac) instead, or Ctrl+Shift+V for plain text.';

/** Where the caret is in the page now, and a point to open a menu at beside it. */
function caretInPage(editor: LexicalEditor): { node: Node; offset: number; at: { x: number; y: number } } | null {
  const root = editor.getRootElement();
  const selection = root?.ownerDocument.getSelection();
  if (!root || !selection || !selection.focusNode || !root.contains(selection.focusNode)) return null;
  const range = selection.getRangeAt(0);
  const rect = range.getBoundingClientRect();
  const fallback = root.getBoundingClientRect();
  const at = rect.width === 0 && rect.height === 0 ? { x: fallback.left + 8, y: fallback.top + 8 } : { x: rect.left, y: rect.bottom + 4 };
  return { node: selection.focusNode, offset: selection.focusOffset, at };
}

async function copySelection(editor: LexicalEditor): Promise<boolean> {
  const content = editor.getEditorState().read(() => {
    const selection = $getSelection();
    return selection ? { text: selection.getTextContent(), html: $getHtmlContent(editor, selection) } : null;
  });
  if (!content) return false;
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/plain': new Blob([content.text], { type: 'text/plain' }), 'text/html': new Blob([content.html], { type: 'text/html' }) }),
  ]);
  return true;
}

async function paste(editor: LexicalEditor, plain: boolean, announce: Announce): Promise<void> {
  let data: DataTransfer | string;
  try {
    if (plain) data = await navigator.clipboard.readText();
    else {
      const transfer = new DataTransfer();
      for (const item of await navigator.clipboard.read()) {
        for (const type of item.types) if (type === 'text/html' || type === 'text/plain') transfer.setData(type, await (await item.getType(type)).text());
      }
      data = transfer;
    }
  } catch {
    announce(CLIPBOARD_REFUSED);
    return;
  }
  editor.focus(() => {
    if (typeof data === 'string') {
      const text = data;
      editor.update(() => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertRawText(text);
      });
    } else {
      // Through the editor's own paste handling, so pasted HTML is cleaned as a Ctrl+V would be.
      editor.dispatchCommand(PASTE_COMMAND, new ClipboardEvent('paste', { clipboardData: data }));
    }
  });
}

/**
 * The note body's own context menu, opened by a right-click, Shift+F10 or the menu key:
 * suggestions for a misspelt word, Add to dictionary and Ignore, then the clipboard.
 */
/** The language of a passage marked as another language that holds a position, so its words get that language's suggestions. */
function languageAt(node: Node): SpellingLanguage | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const passage = element?.closest<HTMLElement>('.language-span[lang]');
  return passage && isSpellingLanguage(passage.lang) ? passage.lang : undefined;
}

export function EditorContextMenuPlugin({ language }: { language: SpellingLanguage }) {
  const [editor] = useLexicalComposerContext();
  const spelling = useSpelling();
  const announce = useAnnounce();
  const [menu, setMenu] = useState<OpenMenu | null>(null);

  const open = useCallback(
    (node: Node, offset: number, at: { x: number; y: number }) => {
      const found = misspellingAt(node, offset);
      const word = found ? textOf(found) : '';
      const misspelling = found && word ? { range: new StaticRange(found), word } : null;
      const hasSelection = editor.getEditorState().read(() => {
        const selection = $getSelection();
        return selection !== null && !($isRangeSelection(selection) && selection.isCollapsed());
      });
      setMenu({ at, misspelling, suggestions: null, hasSelection });
      if (misspelling) {
        spelling
          .checker()
          .suggest(languageAt(misspelling.range.startContainer) ?? language, misspelling.word)
          .then(
            (suggestions) => setMenu((current) => (current?.misspelling === misspelling ? { ...current, suggestions } : current)),
            (error: unknown) => {
              announce(`No suggestions: ${messageOf(error)}`);
              setMenu((current) => (current?.misspelling === misspelling ? { ...current, suggestions: [] } : current));
            },
          );
      }
    },
    [editor, spelling, language, announce],
  );

  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      event.preventDefault();
      const document = (event.currentTarget as HTMLElement).ownerDocument;
      const point = document.caretRangeFromPoint?.(event.clientX, event.clientY);
      const caret = caretInPage(editor);
      // A keyboard-made contextmenu event (some systems send one for Shift+F10) has no pointer position.
      if (point && (event.clientX !== 0 || event.clientY !== 0)) open(point.startContainer, point.startOffset, { x: event.clientX, y: event.clientY });
      else if (caret) open(caret.node, caret.offset, caret.at);
    };
    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('contextmenu', onContextMenu);
        root?.addEventListener('contextmenu', onContextMenu);
      }),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const wanted = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey);
          if (!wanted) return false;
          event.preventDefault();
          const caret = caretInPage(editor);
          if (caret) open(caret.node, caret.offset, caret.at);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    );
  }, [editor, open]);

  const close = useCallback(() => {
    setMenu(null);
    editor.focus();
  }, [editor]);

  const choose = async (action: EditorMenuAction) => {
    const current = menu;
    setMenu(null);
    if (!current) return;
    const word = current.misspelling?.word ?? '';
    switch (action.kind) {
      case 'replace':
        editor.focus();
        if (current.misspelling) editor.dispatchCommand(REPLACE_MISSPELLING_COMMAND, { range: current.misspelling.range, word, replacement: action.replacement });
        return;
      case 'addToDictionary':
        editor.focus();
        await spelling.addWord(word);
        return;
      case 'ignore':
        editor.focus();
        await spelling.ignoreWord(word);
        return;
      case 'cut':
      case 'copy':
        try {
          if ((await copySelection(editor)) && action.kind === 'cut') {
            editor.update(() => {
              const selection = $getSelection();
              if ($isRangeSelection(selection)) selection.removeText();
            });
          }
        } catch (error) {
          announce(`Brieflink was not allowed to write to the clipboard here (${messageOf(error)}). Use Ctrl+${action.kind === 'cut' ? 'X' : 'C'} instead.`);
        }
        editor.focus();
        return;
      case 'paste':
      case 'pastePlain':
        await paste(editor, action.kind === 'pastePlain', announce);
        return;
    }
  };

  if (!menu) return null;
  return (
    <ContextMenu
      label={menu.misspelling ? `Spelling of “${menu.misspelling.word}” and editing` : 'Editing'}
      items={editorMenuItems({ misspelt: menu.misspelling?.word ?? null, suggestions: menu.suggestions, hasSelection: menu.hasSelection })}
      at={menu.at}
      onChoose={(action) => void choose(action)}
      onClose={close}
    />
  );
}
