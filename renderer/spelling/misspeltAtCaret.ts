import { MISSPELT_HIGHLIGHT } from './misspeltHighlight';

/** The misspellings drawn now, in the order they were drawn (the note's order). */
function drawnMisspellings(): AbstractRange[] {
  if (typeof CSS === 'undefined' || !CSS.highlights) return [];
  const highlight = CSS.highlights.get(MISSPELT_HIGHLIGHT);
  return highlight ? [...(highlight as unknown as Set<AbstractRange>)] : [];
}

/** A live Range over a drawn one, to compare positions with (making one changes nothing in the page). */
function liveRange(range: Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>): Range | null {
  if (!range.startContainer.isConnected || !range.endContainer.isConnected) return null;
  const live = document.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    return null;
  }
  return live;
}

/** The drawn misspelling holding a position (its ends included), if any. */
export function misspellingAt(node: Node, offset: number): AbstractRange | null {
  for (const range of drawnMisspellings()) {
    const live = liveRange(range);
    if (live && live.comparePoint(node, offset) === 0) return range;
  }
  return null;
}

/** The first drawn misspelling after a position, or the first of the note when none is (F7 wraps around). */
export function misspellingAfter(node: Node, offset: number): AbstractRange | null {
  let first: AbstractRange | null = null;
  for (const range of drawnMisspellings()) {
    const live = liveRange(range);
    if (!live) continue;
    first ??= range;
    if (live.comparePoint(node, offset) < 0) return range;
  }
  return first;
}

/** The text a drawn range covers now. */
export function textOf(range: Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>): string {
  return liveRange(range)?.toString() ?? '';
}
