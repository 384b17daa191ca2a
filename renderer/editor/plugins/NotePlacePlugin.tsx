import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $setSelection, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical';
import { useEffect } from 'react';
import { useWindowPlace } from '../../state/windowPlace';
import { withNotePosition } from '../../state/savedPlace';
import { $caretPlaceOf, $selectionAtPlace } from '../caretPath';

/** The caret and scroll position are written this long after they last moved (and at once when the page goes). */
const WRITE_DELAY_MS = 250;

/** The nearest ancestor that scrolls the note: the workspace. */
function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/** How long after opening the body's late layout (its fonts, the live page breaks) may still move the saved scroll position. */
const SETTLE_MS = 1500;

/**
 * Sets the scroll position, and sets it again each time the body's height changes while the
 * first layout settles, until the user scrolls, types or clicks. Set once, at the first paint,
 * the position was later moved by scroll anchoring as lines above it rewrapped, by a few pixels
 * (about 1 reload in 20): the view came back a little off where it was left.
 */
function holdScrollWhileSettling(root: HTMLElement, scroller: HTMLElement, scrollTop: number, settle: AbortController) {
  scroller.scrollTop = scrollTop;
  const observer = new ResizeObserver(() => {
    scroller.scrollTop = scrollTop;
  });
  observer.observe(root);
  const release = () => settle.abort();
  const timer = setTimeout(release, SETTLE_MS);
  for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const) {
    scroller.addEventListener(type, release, { once: true, passive: true, signal: settle.signal });
  }
  settle.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

/**
 * Keeps the open note's caret and scroll position in the window's saved place, and puts them
 * back when the note is opened again after a reload or a restart (the caret only if the note
 * still has that place: a changed note just opens at the top).
 */
export function NotePlacePlugin({ noteId }: { noteId: string }) {
  const [editor] = useLexicalComposerContext();
  const place = useWindowPlace();

  useEffect(() => {
    const root = editor.getRootElement();
    const scroller = root && scrollerOf(root);
    const saved = place.get().openNote;
    let frame = 0;
    const settle = new AbortController();
    if (root && saved?.id === noteId && (saved.caret || saved.scrollTop !== undefined)) {
      // After the first paint of the body, so its height is known when the scroll position is set.
      frame = requestAnimationFrame(() => {
        const caret = saved.caret;
        if (caret) {
          root.focus({ preventScroll: true });
          editor.update(
            () => {
              const selection = $selectionAtPlace(caret);
              if (selection) $setSelection(selection);
            },
            { tag: SKIP_SCROLL_INTO_VIEW_TAG },
          );
        }
        if (scroller && saved.scrollTop !== undefined) holdScrollWhileSettling(root, scroller, saved.scrollTop, settle);
      });
    }

    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      clearTimeout(timer);
      timer = undefined;
      const caret = editor.getEditorState().read(() => $caretPlaceOf($getSelection()));
      place.update((current) => {
        const before = current.openNote;
        return withNotePosition(current, noteId, {
          // A selection (not a caret) or a click outside the body keeps the caret last saved.
          caret: caret ?? (before?.id === noteId ? before.caret : undefined),
          scrollTop: scroller ? Math.round(scroller.scrollTop) : before?.scrollTop,
        });
      });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(write, WRITE_DELAY_MS);
    };
    // Every update may move the caret; the place is read only once they pause.
    const unregister = editor.registerUpdateListener(schedule);
    scroller?.addEventListener('scroll', schedule, { passive: true });
    // As the page goes (a reload may come before the delay is over) the place is read afresh:
    // the layout can shift the scroll position (scroll anchoring as the header settles) without
    // a scroll event reaching the listener first.
    window.addEventListener('pagehide', write);
    return () => {
      cancelAnimationFrame(frame);
      settle.abort();
      if (timer !== undefined) write();
      unregister();
      scroller?.removeEventListener('scroll', schedule);
      window.removeEventListener('pagehide', write);
    };
  }, [editor, place, noteId]);

  return null;
}
