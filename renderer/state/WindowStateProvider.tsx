import type { ReactNode } from 'react';
import { ActiveNoteEditorProvider } from './activeNoteEditor';
import { AnnouncerProvider } from './announcer';
import { IncomingFilesProvider } from './incomingFiles';
import { LibraryChangesProvider } from './libraryChanges';
import { LibraryNavigationProvider } from './libraryNavigation';
import { NotesSavedProvider } from './notesSaved';
import { OpenNoteProvider } from './openNote';
import { SpellingProvider } from './spelling';
import { WindowCommandsProvider } from './windowCommands';
import { WindowPlaceProvider } from './windowPlace';

/** The state the whole window shares, each kind in its own context (see the files it names). */
export function WindowStateProvider({ children }: { children: ReactNode }) {
  return (
    <WindowPlaceProvider>
      <AnnouncerProvider>
        <LibraryChangesProvider>
          <LibraryNavigationProvider>
            <IncomingFilesProvider>
              <ActiveNoteEditorProvider>
                <OpenNoteProvider>
                  <NotesSavedProvider>
                    <SpellingProvider>
                      <WindowCommandsProvider>{children}</WindowCommandsProvider>
                    </SpellingProvider>
                  </NotesSavedProvider>
                </OpenNoteProvider>
              </ActiveNoteEditorProvider>
            </IncomingFilesProvider>
          </LibraryNavigationProvider>
        </LibraryChangesProvider>
      </AnnouncerProvider>
    </WindowPlaceProvider>
  );
}
