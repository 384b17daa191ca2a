import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { SerializedEditorState } from '../../common/editorState';
import { editorTheme } from './theme';
import { Toolbar } from './Toolbar';

interface BodyEditorProps {
  initialState: SerializedEditorState;
  onChange(state: SerializedEditorState): void;
  onError(message: string): void;
}

/** The note body: Lexical rich text with the toolbar above it. */
export function BodyEditor({ initialState, onChange, onError }: BodyEditorProps) {
  const initialConfig = {
    namespace: 'brieflink-note',
    theme: editorTheme,
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
    editorState: JSON.stringify(initialState),
    onError: (error: Error) => onError(`The editor hit a problem: ${error.message}`),
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <Toolbar />
      <div className="editor-frame">
        <RichTextPlugin
          contentEditable={<ContentEditable id="note-body" className="editor-body" aria-label="Note body" aria-multiline />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <OnChangePlugin
        ignoreSelectionChange
        ignoreHistoryMergeTagChange
        onChange={(editorState) => onChange(editorState.toJSON() as unknown as SerializedEditorState)}
      />
    </LexicalComposer>
  );
}
