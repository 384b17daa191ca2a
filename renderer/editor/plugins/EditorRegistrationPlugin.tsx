import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { useEditorBridge } from '../EditorBridge';
import { selectSnippet } from '../snippets';

/** Makes the open note's editor the target of the library panel's "Insert" actions, and opens it at a backlinked snippet. */
export function EditorRegistrationPlugin() {
  const [editor] = useLexicalComposerContext();
  const bridge = useEditorBridge();
  useEffect(() => {
    if (!bridge) return;
    bridge.editor = editor;
    const focus = bridge.pendingSnippetFocus;
    if (focus) {
      bridge.pendingSnippetFocus = null;
      selectSnippet(editor, focus);
    }
    return () => {
      if (bridge.editor === editor) bridge.editor = null;
    };
  }, [bridge, editor]);
  return null;
}
