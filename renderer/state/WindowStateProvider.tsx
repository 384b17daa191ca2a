import type { ReactNode } from 'react';
import { ActiveNoteEditorProvider } from './activeNoteEditor';
import { AnnouncerProvider } from './announcer';
import { LibraryChangesProvider } from './libraryChanges';
import { LibraryNavigationProvider } from './libraryNavigation';
import { NotesSavedProvider } from './notesSaved';
import { OpenNoteProvider } from './openNote';
import { SpellingProvider } from './spelling';
import { WindowCommandsProvider } from './windowCommands';

/** The state the whole window shares, each kind in its own context (see the files it names). */
export function WindowStateProvider({ children }: { children: ReactNode }) {
  return (
    <AnnouncerProvider>
      <LibraryChangesProvider>
        <LibraryNavigationProvider>
          <ActiveNoteEditorProvider>
            <OpenNoteProvider>
              <NotesSavedProvider>
                <SpellingProvider>
                  <WindowCommandsProvider>{children}</WindowCommandsProvider>
                </SpellingProvider>
              </NotesSavedProvider>
            </OpenNoteProvider>
          </ActiveNoteEditorProvider>
        </LibraryNavigationProvider>
      </LibraryChangesProvider>
    </AnnouncerProvider>
  );
}
