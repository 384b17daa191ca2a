import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useLayoutEffect } from 'react';
import { createBodyJsonWriter } from '../bodyJsonWriter';

/** A change to the note body; its JSON is written only when asked for (to save it). */
export interface BodyChange {
  /**
   * The body as it is now (this change or any later one) as JSON text, written block by
   * block: only blocks changed since the last call are serialized.
   */
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
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
      // The state as of the call, not of this change: caret moves since then made newer states
      // with the same content, and the writer keeps its blocks only for the newest it has seen.
      onChange({ json: () => writer.write(editor.getEditorState()) });
    });
    return () => {
      stop();
      writer.dispose();
    };
  }, [editor, onChange]);
  return null;
}
