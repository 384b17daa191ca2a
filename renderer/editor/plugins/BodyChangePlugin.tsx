import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useLayoutEffect } from 'react';
import { createBodyJsonWriter } from '../bodyJsonWriter';

/** A change to the note body; its JSON is written only when asked for (to save it). */
export interface BodyChange {
  /** The body as JSON text, written block by block: only blocks changed since the last call are serialized. */
  json(): string;
}

/**
 * Reports every change to the body's content (not caret moves, not history merges such as
 * the opening state). The JSON writer sees every update, reported or not, so it knows
 * which blocks to write again.
 */
export function BodyChangePlugin({ onChange }: { onChange(change: BodyChange): void }) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => {
    const writer = createBodyJsonWriter(editor);
    const stop = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
      onChange({ json: () => writer.write(editorState) });
    });
    return () => {
      stop();
      writer.dispose();
    };
  }, [editor, onChange]);
  return null;
}
