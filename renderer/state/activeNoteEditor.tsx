import type { LexicalEditor } from 'lexical';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { INSERT_SNIPPET_COMMAND, SELECT_SNIPPET_COMMAND, type InsertSnippetRequest } from '../editor/commands';
import { useAnnounce } from './announcer';

interface ActiveNoteEditor {
  noteId: string;
  editor: LexicalEditor;
}

/** What the rest of the window may ask of the open note's editor. */
export interface NoteEditorCommands {
  /** Inserts a part of a development at the caret of the open note (or says that no note is open). */
  insertSnippet(request: Pick<InsertSnippetRequest, 'developmentId' | 'origin'>): void;
  /** Puts the caret in a snippet of a note: now if that note's editor is open, else as soon as it opens. */
  selectSnippet(noteId: string, snippetId: string): void;
}

type Register = (active: ActiveNoteEditor) => () => void;

const CommandsContext = createContext<NoteEditorCommands | null>(null);
const RegisterContext = createContext<Register | null>(null);

/**
 * Holds the open note's editor as React state, and turns the window's requests into Lexical
 * commands dispatched on it (the editor's SnippetCommandsPlugin carries them out).
 */
export function ActiveNoteEditorProvider({ children }: { children: ReactNode }) {
  const announce = useAnnounce();
  const [active, setActive] = useState<ActiveNoteEditor | null>(null);
  /** A snippet to select once its note's editor is open (a backlink to a note not open yet). */
  const [pendingSelection, setPendingSelection] = useState<{ noteId: string; snippetId: string } | null>(null);

  const register = useCallback<Register>((next) => {
    setActive(next);
    return () => setActive((current) => (current === next ? null : current));
  }, []);

  useEffect(() => {
    if (!pendingSelection || active?.noteId !== pendingSelection.noteId) return;
    setPendingSelection(null);
    active.editor.dispatchCommand(SELECT_SNIPPET_COMMAND, pendingSelection.snippetId);
  }, [active, pendingSelection]);

  const commands = useMemo<NoteEditorCommands>(
    () => ({
      insertSnippet(request) {
        if (active) active.editor.dispatchCommand(INSERT_SNIPPET_COMMAND, request);
        else announce('Open a note first: library text goes into the open note.');
      },
      selectSnippet(noteId, snippetId) {
        if (active?.noteId === noteId) active.editor.dispatchCommand(SELECT_SNIPPET_COMMAND, snippetId);
        else setPendingSelection({ noteId, snippetId });
      },
    }),
    [active, announce],
  );

  return (
    <RegisterContext.Provider value={register}>
      <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>
    </RegisterContext.Provider>
  );
}

export function useNoteEditorCommands(): NoteEditorCommands {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useNoteEditorCommands needs an ActiveNoteEditorProvider above it.');
  return commands;
}

/** Makes `editor` the window's open note editor while the calling component is shown. */
export function useActiveNoteEditor(noteId: string, editor: LexicalEditor): void {
  const register = useContext(RegisterContext);
  useEffect(() => register?.({ noteId, editor }), [register, noteId, editor]);
}
