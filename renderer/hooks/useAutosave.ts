import { useEffect, useMemo, useRef } from 'react';
import { messageOf } from '../../common/messageOf';
import { createAutosaver } from '../state/autosaver';

/**
 * The note's autosaver (state/autosaver.ts) for as long as the editor is shown. Pending changes
 * are flushed when the editor goes away (`onUnmountFailure` hears if that fails) and when
 * the window unloads.
 */
export function useAutosave<T>(save: (draft: T) => Promise<void>, delayMs = 500, onUnmountFailure?: (message: string) => void) {
  const saveRef = useRef(save);
  saveRef.current = save;
  const onLost = useRef(onUnmountFailure);
  onLost.current = onUnmountFailure;
  const autosaver = useMemo(() => createAutosaver<T>((draft) => saveRef.current(draft), delayMs), [delayMs]);

  useEffect(
    () => () => {
      autosaver.flush().catch((error: unknown) => onLost.current?.(messageOf(error)));
    },
    [autosaver],
  );

  // Closing or reloading the window with a change not yet saved: the save starts at once and
  // the unload is held back. The browser asks the user; the desktop shell closes once saved.
  useEffect(() => {
    const holdUnload = (event: BeforeUnloadEvent) => {
      if (!autosaver.unsaved()) return;
      event.preventDefault();
      autosaver.flush().catch(() => {
        // The status line already says the save failed.
      });
    };
    window.addEventListener('beforeunload', holdUnload);
    return () => window.removeEventListener('beforeunload', holdUnload);
  }, [autosaver]);

  return autosaver;
}
