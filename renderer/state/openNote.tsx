import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** The note open in the window, as the rest of the window may act on it. */
export interface OpenNote {
  id: string;
  /** Saves its pending changes (throws if they could not be saved); gives the revision saved, which an action on the note is made on. */
  flush(): Promise<number>;
  /** Opens it again from disk, after the back end changed it. */
  reopen(): void;
}

const OpenNoteContext = createContext<OpenNote | null>(null);
const SetOpenNoteContext = createContext<((update: (current: OpenNote | null) => OpenNote | null) => void) | null>(null);

/** Holds the open note for the whole window (the notes list acts on it too), as React state. */
export function OpenNoteProvider({ children }: { children: ReactNode }) {
  const [openNote, setOpenNote] = useState<OpenNote | null>(null);
  return (
    <SetOpenNoteContext.Provider value={setOpenNote}>
      <OpenNoteContext.Provider value={openNote}>{children}</OpenNoteContext.Provider>
    </SetOpenNoteContext.Provider>
  );
}

/**
 * Makes `note` the window's open note while this is shown. Its own children see it from the
 * first render; the rest of the window once the note editor is mounted.
 */
export function OpenNoteScope({ note, children }: { note: OpenNote; children: ReactNode }) {
  const setOpenNote = useContext(SetOpenNoteContext);
  useEffect(() => {
    setOpenNote?.(() => note);
    return () => setOpenNote?.((current) => (current === note ? null : current));
  }, [setOpenNote, note]);
  return <OpenNoteContext.Provider value={note}>{children}</OpenNoteContext.Provider>;
}

/** The open note, or null when none is open. */
export function useOpenNoteIfAny(): OpenNote | null {
  return useContext(OpenNoteContext);
}

/** The open note, for the parts of the window that exist only while a note is open. */
export function useOpenNote(): OpenNote {
  const note = useOpenNoteIfAny();
  if (!note) throw new Error('useOpenNote is for the parts of an open note.');
  return note;
}
