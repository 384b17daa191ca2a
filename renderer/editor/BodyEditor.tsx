import { useEffect, useRef } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { SerializedEditorState } from '../../common/editorState';
import type { TemplateSection } from '../../common/template';
import { isAcceptableLink } from './actions';
import { CommentPlugin } from './comments/CommentPlugin';
import { ReviewPanel } from './comments/ReviewPanel';
import { SuggestChangesPlugin } from './suggestions/SuggestChangesPlugin';
import { SuggestionsProvider } from './suggestions/SuggestionsContext';
import { EDITOR_NODES } from './nodes';
import { useAnnounce } from '../state/announcer';
import { ActiveEditorPlugin } from './plugins/ActiveEditorPlugin';
import { EditorContextMenuPlugin } from './plugins/EditorContextMenuPlugin';
import { SpellCheckPlugin } from './plugins/SpellCheckPlugin';
import { DEFAULT_SPELLING_LANGUAGE, matchSpellingLanguage } from '../../common/spelling/languages';
import { CaretCatchUpPlugin } from './plugins/CaretCatchUpPlugin';
import { BodyChangePlugin, type BodyChange } from './plugins/BodyChangePlugin';
import { FindReplacePlugin } from './plugins/FindReplacePlugin';
import { GuidancePlugin } from './plugins/GuidancePlugin';
import { LibraryTypeaheadPlugin } from './plugins/LibraryTypeaheadPlugin';
import { LinkDialogPlugin } from './plugins/LinkDialogPlugin';
import { ListAutoformatPlugin } from './plugins/ListAutoformatPlugin';
import { NotePlacePlugin } from './plugins/NotePlacePlugin';
import { PasteGuardPlugin } from './plugins/PasteGuardPlugin';
import { ReactSelectionOptOutPlugin } from './plugins/ReactSelectionOptOutPlugin';
import { BlockMovePlugin } from './plugins/BlockMovePlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { SnippetBar } from './plugins/SnippetBar';
import { SnippetCommandsPlugin } from './plugins/SnippetCommandsPlugin';
import { SnippetDropPlugin } from './plugins/SnippetDropPlugin';
import { SnippetStatusProvider } from './plugins/SnippetStatusProvider';
import { SlashMenuPlugin } from './plugins/SlashMenuPlugin';
import { TripleClickPlugin } from './plugins/TripleClickPlugin';
import { editorTheme } from './theme';
import { Toolbar } from './Toolbar';

interface BodyEditorProps {
  initialState: SerializedEditorState;
  sections: readonly TemplateSection[];
  /** Called on every change to the content; serializing it is left to the caller, when needed. */
  onChange(change: BodyChange): void;
  /** The editor could not load the body it was given: nothing may be saved from it. */
  onLoadFailure(message: string): void;
  /** A "[[" or "/" menu opened (true) or closed (false): what is typed meanwhile is a query, soon replaced. */
  onMenuOpenChange?(open: boolean): void;
  /** The note's language (noteLanguage): the dictionary its spelling is checked with. */
  language?: string;
  /** The open note's id: its caret and scroll position are remembered for the next time the window opens. */
  noteId?: string;
}

/** The open note's body: Lexical rich text with its toolbar, menus and the template's guidance. */
export function BodyEditor({ initialState, sections, onChange, onLoadFailure, onMenuOpenChange, language, noteId }: BodyEditorProps) {
  const spellingLanguage = (language && matchSpellingLanguage(language)) || DEFAULT_SPELLING_LANGUAGE;
  const announce = useAnnounce();
  // Lexical reports a body it cannot load to onError and goes on with what it read so far;
  // until this editor's first effects have run, such an error means the body was not loaded.
  const loaded = useRef(false);
  useEffect(() => {
    loaded.current = true;
  }, []);
  const initialConfig = {
    namespace: 'brieflink-note',
    theme: editorTheme,
    nodes: EDITOR_NODES,
    editorState: JSON.stringify(initialState),
    onError: (error: Error) => {
      if (loaded.current) announce(`The editor hit a problem: ${error.message}`);
      else queueMicrotask(() => onLoadFailure(error.message));
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <SuggestionsProvider>
      <SnippetStatusProvider>
        {/* Stays in view while the note scrolls: the formatting tools, find, and the linked snippet's actions. */}
        <div className="editor-sticky">
          <Toolbar />
          <FindReplacePlugin />
          <SnippetBar />
        </div>
        <ReviewPanel />
        <div className="editor-frame">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                id="note-body"
                className="editor-body"
                aria-label="Note body"
                aria-multiline
                aria-describedby="editor-help"
                // Spelling is checked by SpellCheckPlugin with the app's dictionaries; Chromium draws nothing of its own.
                spellCheck={false}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <p id="editor-help" className="editor-help">
          Type “/” for blocks to insert, “[[” to insert from the library. Ctrl+K adds a link, Ctrl+Enter a page break, Ctrl+F finds text.
        </p>
        <HistoryPlugin />
        <TripleClickPlugin />
        <CaretCatchUpPlugin />
        <ListPlugin />
        <ListAutoformatPlugin />
        <LinkPlugin validateUrl={isAcceptableLink} />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
        <HorizontalRulePlugin />
        <ShortcutsPlugin />
        <BlockMovePlugin />
        <SlashMenuPlugin onOpenChange={onMenuOpenChange} />
        <LinkDialogPlugin />
        <GuidancePlugin sections={sections} />
        {/* Before the paste guard: while suggesting, a paste is a suggestion. */}
        <SuggestChangesPlugin />
        <PasteGuardPlugin />
        <LibraryTypeaheadPlugin onOpenChange={onMenuOpenChange} />
        <SnippetDropPlugin />
        <SnippetCommandsPlugin />
        <ActiveEditorPlugin />
        <SpellCheckPlugin language={spellingLanguage} />
        <EditorContextMenuPlugin language={spellingLanguage} />
        <CommentPlugin />
        <ReactSelectionOptOutPlugin />
        <BodyChangePlugin onChange={onChange} />
        {noteId && <NotePlacePlugin noteId={noteId} />}
      </SnippetStatusProvider>
      </SuggestionsProvider>
    </LexicalComposer>
  );
}
