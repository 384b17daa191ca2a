import { useCallback, useEffect, useReducer, useState, type DragEvent, type ReactNode } from 'react';
import { refusedFilesMessage, sortFilesByKind } from '../../../common/fileKinds';
import type { OpenedFile } from '../../../common/openedFile';
import { useClient } from '../../client/ClientContext';
import { useAnnounce } from '../../state/announcer';
import type { IncomingFile } from '../../state/incomingFileStore';
import { useIncomingFileStore } from '../../state/incomingFiles';
import { fileDragDepth, isFileDrag } from './fileDrag';
import './fileDrop.css';

/** A file the desktop shell already imported, on its way to the panel that shows it; null for one that failed. */
function incomingOf(opened: OpenedFile): IncomingFile | null {
  switch (opened.kind) {
    case 'sharedNote':
      return { for: 'sharedNote', fileName: opened.fileName, imported: opened.imported };
    case 'libraryImport':
      return { for: 'library', fileName: opened.fileName, proposal: opened.proposal };
    case 'failed':
      return null;
  }
}

/**
 * The whole window takes files dropped from the desktop: documents go to the library's import
 * and its review, shared notes to "Import a shared note", anything else is refused with a
 * message naming it. Files the desktop shell opened (double-clicked, a second launch's) arrive
 * the same way, already read.
 */
export function FileDropArea({ children }: { children: ReactNode }) {
  const incoming = useIncomingFileStore();
  const client = useClient();
  const announce = useAnnounce();
  const [depth, dispatch] = useReducer(fileDragDepth, 0);
  const [refusal, setRefusal] = useState<string | null>(null);

  const refuse = useCallback(
    (message: string) => {
      setRefusal(message);
      announce(message);
    },
    [announce],
  );

  useEffect(
    () =>
      client.onOpenedFile((opened) => {
        const file = incomingOf(opened);
        if (file) incoming.send([file]);
        else if (opened.kind === 'failed') refuse(opened.message);
      }),
    [client, incoming, refuse],
  );

  const onDragEnter = (event: DragEvent) => {
    if (!isFileDrag(event.dataTransfer?.types)) return;
    dispatch({ type: 'enter' });
  };
  const onDragOver = (event: DragEvent) => {
    if (!isFileDrag(event.dataTransfer?.types)) return;
    // Taken here, so the browser does not open the file in place of the app.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = (event: DragEvent) => {
    if (isFileDrag(event.dataTransfer?.types)) dispatch({ type: 'leave' });
  };
  // In the capture phase: the overlay goes even when something inside takes the drop itself (the note body takes its own drags).
  const onDropCapture = () => dispatch({ type: 'end' });
  const onDrop = (event: DragEvent) => {
    if (!isFileDrag(event.dataTransfer?.types)) return;
    event.preventDefault();
    const { libraryImport, sharedNote, refused } = sortFilesByKind([...event.dataTransfer.files]);
    incoming.send([...libraryImport.map((file) => ({ for: 'library' as const, file })), ...sharedNote.map((file) => ({ for: 'sharedNote' as const, file }))]);
    if (refused.length > 0) refuse(refusedFilesMessage(refused.map((file) => file.name)));
    else setRefusal(null);
  };

  return (
    <div className="file-drop-area" onDragEnter={onDragEnter} onDragOver={onDragOver} onDragLeave={onDragLeave} onDropCapture={onDropCapture} onDrop={onDrop} onDragEnd={onDropCapture}>
      {children}
      {refusal && (
        <div className="notice file-drop-refusal" role="alert">
          <p>{refusal}</p>
          <button type="button" onClick={() => setRefusal(null)}>
            Dismiss
          </button>
        </div>
      )}
      {depth > 0 && (
        <div className="file-drop-overlay" role="status">
          <p className="file-drop-title">Drop to import</p>
          <p>Documents go to the library’s import, shared notes to your notes.</p>
        </div>
      )}
    </div>
  );
}
