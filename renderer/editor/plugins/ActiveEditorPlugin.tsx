import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useActiveNoteEditor } from '../../state/activeNoteEditor';
import { useOpenNote } from '../../state/openNote';

/** Makes this note's editor the one the library panel inserts into and backlinks open at. */
export function ActiveEditorPlugin() {
  const [editor] = useLexicalComposerContext();
  useActiveNoteEditor(useOpenNote().id, editor);
  return null;
}
