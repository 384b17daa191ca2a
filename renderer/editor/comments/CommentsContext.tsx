import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { applyCommentEdit, type CommentAuthor, type CommentEdit, type CommentThread } from '../../../common/comments';
import { messageOf } from '../../../common/messageOf';
import { useClient } from '../../client/ClientContext';
import { useAnnounce } from '../../state/announcer';

/** Where the commented text is, as the editor last saw it. */
export interface MarkLayout {
  /** Thread ids in the order of their text in the document. */
  order: string[];
  /** The commented text of each thread, for the Review panel to quote. */
  quotes: ReadonlyMap<string, string>;
}

/** The open note's comment threads and who is commenting, shared by the editor and the Review panel. */
export interface Comments {
  threads: CommentThread[];
  edit(edit: CommentEdit): void;
  /** The user's identity from settings; null until it has been read, a blank name when never set. */
  identity: CommentAuthor | null;
  saveIdentity(identity: CommentAuthor): Promise<void>;
  layout: MarkLayout;
  setLayout(layout: MarkLayout): void;
  /** The threads whose text holds the caret. */
  activeIds: readonly string[];
  setActiveIds(ids: readonly string[]): void;
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
}

const CommentsContext = createContext<Comments | null>(null);

/** Null outside a note (an editor without comments). */
export function useComments(): Comments | null {
  return useContext(CommentsContext);
}

const EMPTY_LAYOUT: MarkLayout = { order: [], quotes: new Map() };

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

interface CommentsProviderProps {
  initial: CommentThread[];
  /** Every change to the threads, to be saved with the note. */
  onChange(threads: CommentThread[]): void;
  children: ReactNode;
}

export function CommentsProvider({ initial, onChange, children }: CommentsProviderProps) {
  const client = useClient();
  const announce = useAnnounce();
  const [threads, setThreads] = useState(initial);
  // The threads as last set here, so two edits in one event both apply (state updates wait for the render).
  const latest = useRef(initial);
  const [identity, setIdentity] = useState<CommentAuthor | null>(null);
  const [layout, setLayoutState] = useState<MarkLayout>(EMPTY_LAYOUT);
  const [activeIds, setActiveIdsState] = useState<readonly string[]>([]);
  const [panelOpen, setPanelOpen] = useState(initial.length > 0);

  useEffect(() => {
    let cancelled = false;
    client
      .call('settings.get', {})
      .then(({ settings }) => {
        if (!cancelled) setIdentity({ name: settings.author.name, initials: settings.author.initials, office: settings.author.office });
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          setIdentity({ name: '', initials: '', office: '' });
          announce(`Your name could not be read from the settings: ${messageOf(error)}`);
        }
      });
    return () => {
      cancelled = true;
    };
  }, [client, announce]);

  const edit = useCallback(
    (change: CommentEdit) => {
      const next = applyCommentEdit(latest.current, change);
      if (next === latest.current) return;
      latest.current = next;
      setThreads(next);
      onChange(next);
    },
    [onChange],
  );

  const saveIdentity = useCallback(
    async (next: CommentAuthor) => {
      await client.call('settings.update', { author: next });
      setIdentity(next);
    },
    [client],
  );

  const setLayout = useCallback((next: MarkLayout) => {
    setLayoutState((current) => {
      if (!sameIds(current.order, next.order)) return next;
      for (const [id, quote] of next.quotes) if (current.quotes.get(id) !== quote) return next;
      return current;
    });
  }, []);
  const setActiveIds = useCallback((next: readonly string[]) => setActiveIdsState((current) => (sameIds(current, next) ? current : next)), []);

  const value = useMemo<Comments>(
    () => ({ threads, edit, identity, saveIdentity, layout, setLayout, activeIds, setActiveIds, panelOpen, setPanelOpen }),
    [threads, edit, identity, saveIdentity, layout, setLayout, activeIds, setActiveIds, panelOpen],
  );
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}
