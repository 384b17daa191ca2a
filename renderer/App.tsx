import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { messageOf } from '../common/messageOf';
import type { NoteStatus } from '../common/clearance';
import type { NoteSummary } from '../common/note';
import type { SettingsNotice } from '../common/settings';
import type { TemplateSummary } from '../common/template';
import { useClient } from './client/ClientContext';
import { LibraryPanel } from './components/LibraryPanel';
import { NotesPanel } from './components/notes/NotesPanel';
import { WorkspaceBanner } from './components/WorkspaceBanner';
import { FileDropArea } from './components/fileDrop/FileDropArea';
import { useNoteEditorCommands } from './state/activeNoteEditor';
import { AnnouncementLine, useAnnounce } from './state/announcer';
import { NoteNavigationContext, type NoteNavigation } from './state/noteNavigation';
import { useNoteSaved } from './state/notesSaved';
import { useWindowCommandActions } from './state/windowCommands';
import { PanelSeparator } from './components/PanelSeparator';
import { useStaysTrue } from './hooks/useStaysTrue';
import { useWindowWidth } from './hooks/useWindowWidth';
import { fittedPanelWidths, noteToReopen, PANEL_LIMITS, withOpenNote, withPanelWidth, type PanelName } from './state/savedPlace';
import { useWindowPlace } from './state/windowPlace';

// Saving a note updates the notes list, which lives here: the open note, the library and the
// dialogs are memoized (with stable callbacks) so that only the list re-renders.
// The first screen is the notes list and the library: the note editor (most of the editor
// code) and the template dialogs load in their own chunks, after it is painted.
const MemoNoteEditor = memo(lazy(() => import('./components/NoteEditor').then((module) => ({ default: module.NoteEditor }))));
const MemoLibraryPanel = memo(LibraryPanel);
const MemoTemplateManager = memo(lazy(() => import('./components/templates/TemplateManager').then((module) => ({ default: module.TemplateManager }))));
const MemoTemplateChooser = memo(lazy(() => import('./components/TemplateChooser').then((module) => ({ default: module.TemplateChooser }))));

export function App() {
  const client = useClient();
  const [notes, setNotes] = useState<NoteSummary[]>([]);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const noteSaved = useNoteSaved();
  /** The note just made from a template: it opens with the caret in its Subject. */
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [managingTemplates, setManagingTemplates] = useState(false);
  // Bumped to open the current note again from disk (after a rename, a restore).
  const [openGeneration, setOpenGeneration] = useState(0);
  const [notice, setNotice] = useState<SettingsNotice | null>(null);
  const announce = useAnnounce();
  const { selectSnippet } = useNoteEditorCommands();
  const place = useWindowPlace();
  const [panelWidths, setPanelWidths] = useState(() => ({
    notes: place.get().panelWidths.notes ?? PANEL_LIMITS.notes.initial,
    library: place.get().panelWidths.library ?? PANEL_LIMITS.library.initial,
  }));
  // Shown narrower than chosen in a window too narrow for them and the note.
  const windowWidth = useWindowWidth();
  const shownWidths = fittedPanelWidths(panelWidths, windowWidth);
  const resizePanel = useCallback(
    (panel: PanelName, width: number) => {
      place.update((current) => withPanelWidth(current, panel, width));
      setPanelWidths((widths) => ({ ...widths, [panel]: place.get().panelWidths[panel] ?? width }));
    },
    [place],
  );
  /** Until the note open when the window last closed is reopened (or found gone), the saved one is left as it is. */
  const [reopened, setReopened] = useState(false);
  const navigation = useMemo<NoteNavigation>(
    () => ({
      openNoteAt(noteId, snippetId) {
        selectSnippet(noteId, snippetId);
        setCurrentId(noteId);
      },
    }),
    [selectSnippet],
  );

  const refreshNotes = useCallback(
    () =>
      client
        .call('notes.list', {})
        .then((list) => {
          setNotes(list);
          return list;
        })
        .catch((error) => {
          announce(messageOf(error));
          return null;
        }),
    [client, announce],
  );

  const refreshTemplates = useCallback(
    () => client.call('templates.list', {}).then(setTemplates).catch((error) => announce(messageOf(error))),
    [client, announce],
  );
  const reopenCurrent = useCallback(() => {
    setOpenGeneration((generation) => generation + 1);
    void refreshNotes();
  }, [refreshNotes]);

  useEffect(() => {
    // The note open when the window last closed opens again, if it is still there.
    void refreshNotes().then((list) => {
      const id = list && noteToReopen(place.get(), list.map((note) => note.id));
      if (id) setCurrentId((current) => current ?? id);
      setReopened(true);
    });
    void refreshTemplates();
    client
      .call('settings.get', {})
      .then(({ notice }) => setNotice(notice))
      .catch((error) => announce(messageOf(error)));
  }, [client, refreshNotes, refreshTemplates, announce, place]);

  useEffect(() => {
    if (reopened) place.update((current) => withOpenNote(current, currentId));
  }, [place, reopened, currentId]);

  const createNote = useCallback(
    async (templateId: string) => {
      setChoosing(false);
      try {
        const note = await client.call('notes.create', { templateId });
        await refreshNotes();
        setCreatedId(note.id);
        setCurrentId(note.id);
      } catch (error) {
        announce(messageOf(error));
      }
    },
    [client, refreshNotes, announce],
  );
  const closeChooser = useCallback(() => setChoosing(false), []);
  // The template dialogs load when first opened, not with the first screen (a lazy part there
  // held the first screen's calls back by about 70 ms), and stay so the dialog hands focus back on closing.
  const chooserWanted = useStaysTrue(choosing);
  const managerWanted = useStaysTrue(managingTemplates);
  const closeTemplateManager = useCallback(() => {
    setManagingTemplates(false);
    void refreshTemplates();
  }, [refreshTemplates]);
  const onTrash = useCallback(
    (id: string) => {
      setCurrentId(null);
      setNotes((list) => list.filter((note) => note.id !== id));
      announce('The note was moved to the trash folder.');
    },
    [announce],
  );

  const onSaved = useCallback((saved: { id: string; title: string; revision: number; updatedAt: string; status: NoteStatus }) => {
    noteSaved();
    setNotes((list) =>
      list
        .map((note) => (note.id === saved.id ? { ...note, title: saved.title, revision: saved.revision, updatedAt: saved.updatedAt, status: saved.status } : note))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    );
  }, [noteSaved]);

  // The menu's and the palette's New note, as the button below.
  useWindowCommandActions(
    useMemo(() => ({ 'note.new': () => (void refreshTemplates(), setChoosing(true)) }), [refreshTemplates]),
  );

  return (
    <NoteNavigationContext.Provider value={navigation}>
      <FileDropArea>
      <div className="app">
        <header className="topbar">
          <h1>Brieflink</h1>
          <AnnouncementLine />
        </header>
        <WorkspaceBanner onRepaired={reopenCurrent} />
        {notice && (
          <div className="notice" role="alert">
            <p>{notice.message}</p>
            <button type="button" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </div>
        )}
        <div className="layout" style={{ gridTemplateColumns: `${shownWidths.notes}px auto minmax(0, 1fr) auto ${shownWidths.library}px` }}>
          <nav className="sidebar" id="notes-panel" aria-label="Notes">
            <button
              type="button"
              className="primary"
              onClick={() => {
                // User templates may have changed since start-up (saved from a note, imported).
                void refreshTemplates();
                setChoosing(true);
              }}
            >
              New note
            </button>{' '}
            <button type="button" onClick={() => setManagingTemplates(true)}>
              Templates
            </button>
            <h2 className="visually-hidden">Your notes</h2>
            <NotesPanel
              notes={notes}
              currentId={currentId}
              onOpen={setCurrentId}
              refreshNotes={refreshNotes}
              onTrashed={(id) => setCurrentId((current) => (current === id ? null : current))}
            />
          </nav>
          <PanelSeparator panel="notes" label="Notes panel width" controls="notes-panel" width={shownWidths.notes} onResize={(width) => resizePanel('notes', width)} />
          <main className="workspace">
            {currentId ? (
              <Suspense fallback={<p role="status">Opening the note…</p>}>
                <MemoNoteEditor
                  key={`${currentId}:${openGeneration}`}
                  noteId={currentId}
                  focusSubject={currentId === createdId}
                  onReopen={reopenCurrent}
                  onSaved={onSaved}
                  onTrash={onTrash}
                />
              </Suspense>
            ) : (
              <div className="empty">
                <h2>No note open</h2>
                <p>Open a note from the list, or start one with “New note”.</p>
              </div>
            )}
          </main>
          <PanelSeparator panel="library" label="Library panel width" controls="library-panel" width={shownWidths.library} onResize={(width) => resizePanel('library', width)} />
          <aside className="library-panel" id="library-panel" aria-label="Library">
            <MemoLibraryPanel />
          </aside>
        </div>
        <Suspense fallback={null}>
          {managerWanted && <MemoTemplateManager open={managingTemplates} onClose={closeTemplateManager} />}
          {chooserWanted && <MemoTemplateChooser open={choosing} templates={templates} onChoose={createNote} onClose={closeChooser} />}
        </Suspense>
      </div>
      </FileDropArea>
    </NoteNavigationContext.Provider>
  );
}
