import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { useEditorBridge } from '../EditorBridge';

/** Makes the open note's editor the target of the library panel's "Insert" actions. */
export function EditorRegistrationPlugin() {
  const [editor] = useLexicalComposerContext();
  const bridge = useEditorBridge();
  useEffect(() => {
    if (!bridge) return;
    bridge.editor = editor;
    return () => {
      if (bridge.editor === editor) bridge.editor = null;
    };
  }, [bridge, editor]);
  return null;
}
