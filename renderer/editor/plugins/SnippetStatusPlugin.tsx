import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Development } from '../../../common/development';
import { editorState, paragraphNode, type SerializedNode } from '../../../common/editorState';
import { SNIPPET_NODE_TYPE, type SnippetData } from '../../../common/snippet';
import type { SnippetStatus } from '../../../common/snippetStatus';
import { useClient } from '../../client/ClientContext';
import { afterNextPaint } from '../../hooks/afterNextPaint';
import { $isLinkedSnippetNode, LinkedSnippetNode } from '../nodes/LinkedSnippetNode';
import { useCollidingSources, type CollidingSources } from './useCollidingSources';

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
const CHIP_SUFFIX: Partial<Record<SnippetState, string>> = {
  outdated: ' · source updated',
  missing: ' · source missing',
  differs: ' · differs from your library',
};

/** A snippet node as the editor has it now. */
interface Entry {
  key: string;
  snippet: SnippetData;
  text: string;
  frozen: boolean;
}

/** The back end's last answer for a snippet. */
interface Checked {
  status: SnippetStatus;
}

function stateOf(entry: Entry, checked: Checked | undefined, colliding: CollidingSources): Pick<SnippetInfo, 'state' | 'current' | 'differs'> {
  if (entry.frozen) return { state: 'frozen' };
  const differs = colliding.get(entry.snippet.source.developmentId);
  if (differs) return { state: 'differs', differs };
  if (!checked) return { state: 'checking' };
  const { status } = checked;
  if (status.state === 'missing' || status.state === 'damaged') return { state: 'missing' };
  if (status.state !== 'outdated' || status.currentRevision === undefined) return { state: 'current' };
  // Reviewed since the check ("Keep mine", "Take theirs"): current until the next answer says otherwise.
  if (entry.snippet.sourceRevision >= status.currentRevision) return { state: 'current' };
  return { state: 'outdated', current: { text: status.currentText ?? null, revision: status.currentRevision } };
}

/** Only what the freshness check reads: the snippets, without the rest of the note. */
function statusBody(entries: readonly Entry[]) {
  const nodes: SerializedNode[] = entries.map((entry) => ({ type: SNIPPET_NODE_TYPE, version: 1, snippet: entry.snippet, children: [] }));
  return editorState([paragraphNode(nodes)]);
}

/**
 * Keeps every snippet's freshness: its source's revision in the library against the
 * revision it was inserted (or last reviewed) at. The back end checks all of the note's
 * snippets in one request (`snippets.status`) when the note opens, when snippets are added,
 * removed or reviewed, when the window regains focus or the library changes, and every
 * minute. Typing only updates the "edited" mark of the snippet typed in.
 */
export function SnippetStatusProvider({ children }: { children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const client = useClient();
  const [infos, setInfos] = useState<SnippetInfo[]>([]);
  const colliding = useCollidingSources();
  const collidingNow = useRef(colliding);
  const republish = useRef<() => void>(() => {});
  useEffect(() => {
    collidingNow.current = colliding;
    republish.current();
  }, [colliding]);

  useEffect(() => {
    let cancelled = false;
    let request = 0;
    let askTimer: ReturnType<typeof setTimeout> | null = null;
    const entries = new Map<string, Entry>();
    const checked = new Map<string, Checked>();
    /** What each chip shows now, so the DOM is written only when it changes. */
    const shown = new Map<string, string>();
    let published: SnippetInfo[] = [];

    const decorate = (info: SnippetInfo) => {
      const mark = `${info.state}|${info.edited}`;
      const element = editor.getElementByKey(info.key);
      if (!element || (shown.get(info.key) === mark && element.dataset.state === info.state)) return;
      shown.set(info.key, mark);
      element.dataset.state = info.state;
      element.dataset.edited = String(info.edited);
      element.dataset.status = CHIP_SUFFIX[info.state] ?? '';
    };

    const infoOf = (entry: Entry): SnippetInfo => ({
      key: entry.key,
      snippet: entry.snippet,
      text: entry.text,
      edited: entry.text !== entry.snippet.insertedText,
      ...stateOf(entry, checked.get(entry.key), collidingNow.current),
    });

    const publish = () => {
      const next = [...entries.values()].map(infoOf);
      next.forEach(decorate);
      const same =
        next.length === published.length &&
        next.every((info, i) => {
          const old = published[i];
          return info.key === old.key && info.state === old.state && info.edited === old.edited && info.snippet === old.snippet && info.current?.revision === old.current?.revision && info.differs?.library === old.differs?.library;
        });
      if (!same) {
        published = next;
        setInfos(next);
      }
    };

    const ask = () => {
      askTimer = null;
      const mine = ++request;
      const sent = [...entries.values()].filter((entry) => !entry.frozen);
      if (sent.length === 0) return;
      client
        .call('snippets.status', { body: statusBody(sent) })
        .then((report) => {
          if (cancelled || mine !== request) return;
          for (const status of report.snippets) {
            const entry = sent[status.position];
            if (entry) checked.set(entry.key, { status });
          }
          publish();
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
    const decorateNow = (keys: Iterable<string>) => {
      for (const key of keys) {
        const entry = entries.get(key);
        if (entry) decorate(infoOf(entry));
      }
    };

    const read = (node: LinkedSnippetNode): Entry => ({ key: node.getKey(), snippet: node.getSnippet(), text: node.getTextContent(), frozen: node.isFrozen() });

    const stopMutations = editor.registerMutationListener(LinkedSnippetNode, (mutations) => {
      let changedSet = false;
      const touched: string[] = [];
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') {
            changedSet = entries.delete(key) || changedSet;
            checked.delete(key);
            shown.delete(key);
            continue;
          }
          shown.delete(key); // a created or updated chip needs its marks written
          const node = $getNodeByKey(key);
          if (!$isLinkedSnippetNode(node)) continue;
          const entry = read(node);
          const before = entries.get(key);
          if (!before || before.snippet !== entry.snippet || before.frozen !== entry.frozen) changedSet = true;
          entries.set(key, entry);
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
          if (!entries.has(key)) continue;
          const node = $getNodeByKey(key);
          if (!$isLinkedSnippetNode(node)) continue;
          const text = node.getTextContent();
          if (text !== entries.get(key)!.text) {
            entries.set(key, { ...entries.get(key)!, text });
            touched.push(key);
          }
        }
      });
      if (touched.length === 0) return;
      decorateNow(touched);
      publishAfterPaint();
    });

    republish.current = publish;
    askSoon();
    const timer = setInterval(askSoon, REFRESH_MS);
    window.addEventListener('focus', askSoon);
    window.addEventListener('brieflink:library-changed', askSoon);
    return () => {
      cancelled = true;
      if (askTimer) clearTimeout(askTimer);
      publishAfterPaint.cancel();
      clearInterval(timer);
      window.removeEventListener('focus', askSoon);
      window.removeEventListener('brieflink:library-changed', askSoon);
      stopMutations();
      stopUpdates();
      republish.current = () => {};
    };
  }, [editor, client]);

  return <SnippetInfoContext.Provider value={infos}>{children}</SnippetInfoContext.Provider>;
}
