import { memo, useCallback, useLayoutEffect, useRef, useState, type ReactElement, type RefObject } from 'react';

type Announce = (message: string) => void;

/**
 * The app's polite live region. Its text is state of its own, so announcing something (an
 * insert, a save problem) re-renders this line only, not the app around it.
 */
const AnnouncementLine = memo(function AnnouncementLine({ setterRef }: { setterRef: RefObject<Announce | null> }) {
  const [text, setText] = useState('');
  useLayoutEffect(() => {
    setterRef.current = setText;
    return () => {
      setterRef.current = null;
    };
  }, [setterRef]);
  return (
    <p className="announcement" role="status" aria-live="polite">
      {text}
    </p>
  );
});

/** A stable `announce` for the whole app, and the live region element that shows it. */
export function useAnnouncer(): { announce: Announce; announcer: ReactElement } {
  const setterRef = useRef<Announce | null>(null);
  const announce = useCallback((message: string) => setterRef.current?.(message), []);
  const announcer = <AnnouncementLine setterRef={setterRef} />;
  return { announce, announcer };
}
