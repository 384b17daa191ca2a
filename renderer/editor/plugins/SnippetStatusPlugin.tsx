import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Development } from '../../../common/development';
import { partText, type SnippetData } from '../../../common/snippet';
import { ClientError } from '../../client/client';
import { useClient } from '../../client/ClientContext';
import { useSharedSources } from '../SharedSources';
import { $snippetNodes } from '../snippets';

/** 'differs': the note keeps its own version of the source, which differs from the library entry with that id. */
export type SnippetState = 'current' | 'outdated' | 'missing' | 'frozen' | 'checking' | 'differs';

export interface SnippetInfo {
  key: string;
  snippet: SnippetData;
  text: string;
  edited: boolean;
  state: SnippetState;
  /** For an outdated snippet: the source's text and revision now. */
  current?: { text: string | null; revision: number };
  /** For a snippet whose source differs: the library's entry and the note's own version. */
  differs?: { library: Development; note: Development };
}

const SnippetInfoContext = createContext<SnippetInfo[]>([]);
export const useSnippetInfo = () => useContext(SnippetInfoContext);

const REFRESH_MS = 60_000;
function sameInfo(a: SnippetInfo[], b: SnippetInfo[]): boolean {
  return (
    a.length === b.length &&
    a.every((info, i) => info.key === b[i].key && info.state === b[i].state && info.edited === b[i].edited && info.snippet === b[i].snippet)
  );
}

const CHIP_SUFFIX: Partial<Record<SnippetState, string>> = {
  outdated: ' · source updated',
  missing: ' · source missing',
  differs: ' · differs from your library',
};

/**
 * Keeps every snippet's freshness: its source's revision in the library against the
 * revision it was inserted (or last reviewed) at. Sources are fetched once per
 * development, again when the window regains focus, and every minute.
 */
export function SnippetStatusProvider({ children }: { children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const client = useClient();
  const [infos, setInfos] = useState<SnippetInfo[]>([]);
  const sources = useRef(new Map<string, Development | null>());
  const pending = useRef(new Set<string>());
  const [generation, setGeneration] = useState(0);
  const shared = useSharedSources().entries;

  useEffect(() => {
    const refresh = () => {
      sources.current.clear();
      setGeneration((value) => value + 1);
    };
    const timer = setInterval(refresh, REFRESH_MS);
    window.addEventListener('focus', refresh);
    window.addEventListener('brieflink:library-changed', refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
      window.removeEventListener('brieflink:library-changed', refresh);
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    const compute = () => {
      const found = editor.getEditorState().read(() =>
        $snippetNodes().map((node) => ({ key: node.getKey(), snippet: node.getSnippet(), text: node.getTextContent(), frozen: node.isFrozen() })),
      );
      const unknown = [...new Set(found.map((f) => f.snippet.source.developmentId))].filter(
        (id) => !sources.current.has(id) && !pending.current.has(id),
      );
      const next: SnippetInfo[] = found.map(({ key, snippet, text, frozen }) => {
        const source = sources.current.get(snippet.source.developmentId);
        const edited = text !== snippet.insertedText;
        if (frozen) return { key, snippet, text, edited, state: 'frozen' };
        if (source === undefined) return { key, snippet, text, edited, state: 'checking' };
        if (source === null) return { key, snippet, text, edited, state: 'missing' };
        const own = shared.find((entry) => entry.development.id === snippet.source.developmentId);
        if (own) return { key, snippet, text, edited, state: 'differs', differs: { library: source, note: own.development } };
        if (source.revision > snippet.sourceRevision) {
          return { key, snippet, text, edited, state: 'outdated', current: { text: partText(source, snippet.origin), revision: source.revision } };
        }
        return { key, snippet, text, edited, state: 'current' };
      });
      for (const info of next) {
        const element = editor.getElementByKey(info.key);
        if (!element) continue;
        element.dataset.state = info.state;
        element.dataset.edited = String(info.edited);
        element.dataset.status = CHIP_SUFFIX[info.state] ?? '';
      }
      // Typing changes nothing here most of the time: skip the re-render then.
      setInfos((previous) => (sameInfo(previous, next) ? previous : next));
      for (const id of unknown) {
        pending.current.add(id);
        client
          .call('library.get', { id })
          .then((development) => sources.current.set(id, development))
          .catch((error: unknown) => {
            if (error instanceof ClientError && error.code === 'NOT_FOUND') sources.current.set(id, null);
          })
          .finally(() => {
            pending.current.delete(id);
            if (!cancelled) compute();
          });
      }
    };
    compute();
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) compute();
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, [editor, client, generation, shared]);

  return <SnippetInfoContext.Provider value={infos}>{children}</SnippetInfoContext.Provider>;
}
