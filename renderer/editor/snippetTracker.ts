import type { Development } from '../../common/development';
import { editorState, paragraphNode, type SerializedEditorState, type SerializedNode } from '../../common/editorState';
import { SNIPPET_NODE_TYPE, type SnippetData } from '../../common/snippet';
import type { SnippetStatus, SnippetStatusReport } from '../../common/snippetStatus';

/** 'differs': the note keeps its own version of the source, which differs from the library entry with that id. */
export type SnippetState = 'current' | 'outdated' | 'missing' | 'frozen' | 'checking' | 'differs';

/** What the note shows of one linked snippet: its chip's marks, the snippet bar, the review dialogs. */
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

/** By development id: the library's entry and the note's own, differing, version of it (a shared note's sources). */
export type CollidingSources = ReadonlyMap<string, { library: Development; note: Development }>;

/** A snippet node as the editor has it now. */
export interface SnippetEntry {
  /** The node's key in the editor. */
  key: string;
  snippet: SnippetData;
  text: string;
  frozen: boolean;
}

/** The marks a snippet's chip carries in the note (its element's data attributes). */
export interface ChipMarks {
  state: SnippetState;
  edited: boolean;
  /** Added to the chip's label: what is wrong with its source, if anything. */
  status: string;
}

/** One freshness check of the note's snippets by the back end (`snippets.status`). */
export interface StatusCheck {
  id: number;
  /** Only what the check reads: the snippets, without the rest of the note. */
  body: SerializedEditorState;
  sent: readonly SnippetEntry[];
}

const CHIP_SUFFIX: Partial<Record<SnippetState, string>> = {
  outdated: ' · source updated',
  missing: ' · source missing',
  differs: ' · differs from your library',
};

const NO_COLLISIONS: CollidingSources = new Map();

function stateOf(entry: SnippetEntry, status: SnippetStatus | undefined, colliding: CollidingSources): Pick<SnippetInfo, 'state' | 'current' | 'differs'> {
  if (entry.frozen) return { state: 'frozen' };
  const differs = colliding.get(entry.snippet.source.developmentId);
  if (differs) return { state: 'differs', differs };
  if (!status) return { state: 'checking' };
  if (status.state === 'missing' || status.state === 'damaged') return { state: 'missing' };
  if (status.state !== 'outdated' || status.currentRevision === undefined) return { state: 'current' };
  // Reviewed since the check ("Keep mine", "Take theirs"): current until the next answer says otherwise.
  if (entry.snippet.sourceRevision >= status.currentRevision) return { state: 'current' };
  return { state: 'outdated', current: { text: status.currentText ?? null, revision: status.currentRevision } };
}

/** The same as far as anything shown is concerned. */
function sameInfo(a: SnippetInfo, b: SnippetInfo): boolean {
  return (
    a.key === b.key &&
    a.state === b.state &&
    a.edited === b.edited &&
    a.snippet === b.snippet &&
    a.current?.revision === b.current?.revision &&
    a.differs?.library === b.differs?.library
  );
}

/**
 * The freshness of a note's linked snippets, without React, Lexical or the DOM: the snippets
 * the editor holds, the back end's last answer for each, and what was last shown of them.
 * The editor plugin feeds it the editor's changes and the back end's answers, and shows what
 * it says (SnippetStatusProvider.tsx).
 */
export function createSnippetTracker() {
  const entries = new Map<string, SnippetEntry>();
  const checked = new Map<string, SnippetStatus>();
  /** The marks each chip was last given, so an element is written only when they change. */
  const shown = new Map<string, string>();
  let colliding = NO_COLLISIONS;
  let published: SnippetInfo[] = [];
  let lastCheck = 0;

  const infoOf = (entry: SnippetEntry): SnippetInfo => ({
    key: entry.key,
    snippet: entry.snippet,
    text: entry.text,
    edited: entry.text !== entry.snippet.insertedText,
    ...stateOf(entry, checked.get(entry.key), colliding),
  });

  return {
    /**
     * A snippet node was created or changed. True when the note's snippets should be checked
     * again: one was added, or its source or frozen state changed (not its text).
     */
    put(entry: SnippetEntry): boolean {
      const before = entries.get(entry.key);
      entries.set(entry.key, entry);
      // Its chip, made anew or changed, needs its marks written.
      shown.delete(entry.key);
      return !before || before.snippet !== entry.snippet || before.frozen !== entry.frozen;
    },

    /** A snippet node was destroyed. True when it was one of the snippets tracked. */
    remove(key: string): boolean {
      checked.delete(key);
      shown.delete(key);
      return entries.delete(key);
    },

    tracks: (key: string): boolean => entries.has(key),

    /** Typing inside a snippet changes its text, not its node. True when the text changed. */
    setText(key: string, text: string): boolean {
      const entry = entries.get(key);
      if (!entry || entry.text === text) return false;
      entries.set(key, { ...entry, text });
      return true;
    },

    setColliding(next: CollidingSources): void {
      colliding = next;
    },

    info(key: string): SnippetInfo | null {
      const entry = entries.get(key);
      return entry ? infoOf(entry) : null;
    },

    /**
     * A check of the snippets that follow the library (frozen ones never change), or null when
     * there are none. Starting one makes the answers to earlier ones stale.
     */
    startCheck(): StatusCheck | null {
      const id = ++lastCheck;
      const sent = [...entries.values()].filter((entry) => !entry.frozen);
      if (sent.length === 0) return null;
      const nodes: SerializedNode[] = sent.map((entry) => ({ type: SNIPPET_NODE_TYPE, version: 1, snippet: entry.snippet, children: [] }));
      return { id, body: editorState([paragraphNode(nodes)]), sent };
    },

    /** Takes the back end's answer to a check. False, and nothing taken, when a later check was started since. */
    finishCheck(check: StatusCheck, report: Pick<SnippetStatusReport, 'snippets'>): boolean {
      if (check.id !== lastCheck) return false;
      for (const status of report.snippets) {
        const entry = check.sent[status.position];
        if (entry) checked.set(entry.key, status);
      }
      return true;
    },

    /**
     * Every snippet's info now, in the order the editor reported them, and whether anything
     * shown differs from what was last published (what is returned is then the new published list).
     */
    publish(): { infos: SnippetInfo[]; changed: boolean } {
      const infos = [...entries.values()].map(infoOf);
      const changed = infos.length !== published.length || infos.some((info, i) => !sameInfo(info, published[i]));
      if (changed) published = infos;
      return { infos, changed };
    },

    /**
     * The marks to write on a snippet's chip, or null when it shows them already. `written` is
     * the state its element carries now: an element made anew carries none.
     */
    marksToWrite(info: SnippetInfo, written: string | undefined): ChipMarks | null {
      const mark = `${info.state}|${info.edited}`;
      if (shown.get(info.key) === mark && written === info.state) return null;
      shown.set(info.key, mark);
      return { state: info.state, edited: info.edited, status: CHIP_SUFFIX[info.state] ?? '' };
    },
  };
}

export type SnippetTracker = ReturnType<typeof createSnippetTracker>;
