import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useClient } from '../../client/ClientContext';
import { useLibraryRevision } from '../../state/libraryChanges';
import { afterNextPaint } from '../../timing/afterNextPaint';
import { $isLinkedSnippetNode, LinkedSnippetNode } from '../nodes/LinkedSnippetNode';
import { createSnippetTracker, type SnippetInfo } from '../snippetTracker';
import { useCollidingSources } from './useCollidingSources';

const SnippetInfoContext = createContext<SnippetInfo[]>([]);
/** Every linked snippet of the note with its freshness, for the snippet bar and its dialogs. */
export const useSnippetInfo = () => useContext(SnippetInfoContext);

const REFRESH_MS = 60_000;

/**
 * Keeps every snippet's freshness (snippetTracker.ts): its source's revision in the library
 * against the revision it was inserted (or last reviewed) at. The back end checks all of the
 * note's snippets in one request (`snippets.status`) when the note opens, when snippets are
 * added, removed or reviewed, when the window regains focus or the library changes, and every
 * minute. Typing only updates the "edited" mark of the snippet typed in. The chips' marks are
 * written on their elements directly: the note's text is Lexical's, not React's.
 */
export function SnippetStatusProvider({ children }: { children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const client = useClient();
  const [infos, setInfos] = useState<SnippetInfo[]>([]);
  const colliding = useCollidingSources();
  const libraryRevision = useLibraryRevision();
  // One tracker for this editor; the effect below feeds it and shows what it says.
  const tracker = useMemo(() => createSnippetTracker(), []);
  /** The running effect's checks and publishing, for the two effects after it. */
  const live = useRef<{ publish(): void; askSoon(): void } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let askTimer: ReturnType<typeof setTimeout> | null = null;

    const decorate = (info: SnippetInfo) => {
      const element = editor.getElementByKey(info.key);
      if (!element) return;
      const marks = tracker.marksToWrite(info, element.dataset.state);
      if (!marks) return;
      element.dataset.state = marks.state;
      element.dataset.edited = String(marks.edited);
      element.dataset.status = marks.status;
    };
    const decorateNow = (keys: Iterable<string>) => {
      for (const key of keys) {
        const info = tracker.info(key);
        if (info) decorate(info);
      }
    };

    const publish = () => {
      const { infos: next, changed } = tracker.publish();
      next.forEach(decorate);
      if (changed) setInfos(next);
    };

    const ask = () => {
      askTimer = null;
      const check = tracker.startCheck();
      if (!check) return;
      client
        .call('snippets.status', { body: check.body })
        .then((report) => {
          if (!cancelled && tracker.finishCheck(check, report)) publish();
        })
        .catch(() => {
          // The library is unavailable: the chips stay "checking"; the next refresh tries again.
        });
    };
    /** Several changes in one moment (a paste, an undo) make one request. */
    const askSoon = () => {
      if (askTimer === null) askTimer = setTimeout(ask, 0);
    };
    // The lists of the note's snippets follow an edit after its frame; the chips it touched get
    // their marks at once (a chip's element made anew has none, and would show unmarked for a frame).
    const publishAfterPaint = afterNextPaint(() => {
      if (!cancelled) publish();
    });

    const stopMutations = editor.registerMutationListener(LinkedSnippetNode, (mutations) => {
      let changedSet = false;
      const touched: string[] = [];
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') {
            changedSet = tracker.remove(key) || changedSet;
            continue;
          }
          const node = $getNodeByKey(key);
          if (!$isLinkedSnippetNode(node)) continue;
          changedSet = tracker.put({ key, snippet: node.getSnippet(), text: node.getTextContent(), frozen: node.isFrozen() }) || changedSet;
          touched.push(key);
        }
      });
      decorateNow(touched);
      if (changedSet) askSoon();
      publishAfterPaint();
    });

    // Typing inside a snippet changes its text but not the snippet node: refresh just those.
    const stopUpdates = editor.registerUpdateListener(({ editorState, dirtyElements }) => {
      const touched: string[] = [];
      editorState.read(() => {
        for (const key of dirtyElements.keys()) {
          if (!tracker.tracks(key)) continue;
          const node = $getNodeByKey(key);
          if ($isLinkedSnippetNode(node) && tracker.setText(key, node.getTextContent())) touched.push(key);
        }
      });
      if (touched.length === 0) return;
      decorateNow(touched);
      publishAfterPaint();
    });

    live.current = { publish, askSoon };
    askSoon();
    const timer = setInterval(askSoon, REFRESH_MS);
    // Another window may have changed the library meanwhile.
    window.addEventListener('focus', askSoon);
    return () => {
      cancelled = true;
      live.current = null;
      if (askTimer) clearTimeout(askTimer);
      publishAfterPaint.cancel();
      clearInterval(timer);
      window.removeEventListener('focus', askSoon);
      stopMutations();
      stopUpdates();
    };
  }, [editor, client, tracker]);

  useEffect(() => {
    tracker.setColliding(colliding);
    live.current?.publish();
  }, [tracker, colliding]);

  // This window changed the library: the sources may have moved on.
  useEffect(() => live.current?.askSoon(), [libraryRevision]);

  return <SnippetInfoContext.Provider value={infos}>{children}</SnippetInfoContext.Provider>;
}
