import { useCallback, useEffect, useState } from 'react';
import type { NoteSummary } from '../common/note';
import type { SettingsNotice } from '../common/settings';
import type { TemplateSummary } from '../common/template';
import { useClient } from './client/ClientContext';
import { LibraryPanel } from './components/LibraryPanel';
import { NoteEditor } from './components/NoteEditor';
import { NotesList } from './components/NotesList';
import { TemplateChooser } from './components/TemplateChooser';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function App() {
  const client = useClient();
  const [notes, setNotes] = useState<NoteSummary[]>([]);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [notice, setNotice] = useState<SettingsNotice | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);

  const refreshNotes = useCallback(
    () => client.call('notes.list', {}).then(setNotes).catch((error) => announce(message(error))),
    [client, announce],
  );

  useEffect(() => {
    void refreshNotes();
    client.call('templates.list', {}).then(setTemplates).catch((error) => announce(message(error)));
    client
      .call('settings.get', {})
      .then(({ notice }) => setNotice(notice))
      .catch((error) => announce(message(error)));
  }, [client, refreshNotes, announce]);

  async function createNote(templateId: string) {
    setChoosing(false);
    try {
      const note = await client.call('notes.create', { templateId });
      await refreshNotes();
      setCurrentId(note.id);
    } catch (error) {
      announce(message(error));
    }
  }

  const onSaved = useCallback((saved: { id: string; title: string; updatedAt: string }) => {
    setNotes((list) =>
      list
        .map((note) => (note.id === saved.id ? { ...note, title: saved.title, updatedAt: saved.updatedAt } : note))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    );
  }, []);

  return (
    <div className="app">
      <header className="topbar">
        <h1>Brieflink</h1>
        <p className="announcement" role="status" aria-live="polite">
          {announcement}
        </p>
      </header>
      {notice && (
        <div className="notice" role="alert">
          <p>{notice.message}</p>
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      <div className="layout">
        <nav className="sidebar" aria-label="Notes">
          <button type="button" className="primary" onClick={() => setChoosing(true)}>
            New note
          </button>
          <h2 className="visually-hidden">Your notes</h2>
          <NotesList notes={notes} currentId={currentId} onOpen={setCurrentId} />
        </nav>
        <main className="workspace">
          {currentId ? (
            <NoteEditor
              key={currentId}
              noteId={currentId}
              onSaved={onSaved}
              announce={announce}
              onTrash={(id) => {
                setCurrentId(null);
                setNotes((list) => list.filter((note) => note.id !== id));
                announce('The note was moved to the trash folder.');
              }}
            />
          ) : (
            <div className="empty">
              <h2>No note open</h2>
              <p>Open a note from the list, or start one with “New note”.</p>
            </div>
          )}
        </main>
        <aside className="library-panel" aria-label="Library">
          <LibraryPanel />
        </aside>
      </div>
      <TemplateChooser open={choosing} templates={templates} onChoose={createNote} onClose={() => setChoosing(false)} />
    </div>
  );
}
