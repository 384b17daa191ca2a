import type { CheckResult } from './spellProtocol';

/**
 * Where one DOM text node's text sits in the text that was checked for its block: the
 * node's characters are `checkedText.slice(start, start + length)`. A block whose text is
 * split over several nodes (a word half in bold) has several segments, in order.
 */
export interface TextSegment<Node> {
  node: Node;
  start: number;
  length: number;
}

/** A range as the CSS Custom Highlight API takes it (the fields of a StaticRange). */
export interface RangeDescription<Node> {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

function segmentHolding<Node>(segments: readonly TextSegment<Node>[], offset: number, side: 'start' | 'end'): TextSegment<Node> | undefined {
  // A start belongs to the segment it begins in; an end to the one it finishes in, so a
  // word that ends exactly where a node ends stays in that node.
  return segments.find((segment) =>
    side === 'start' ? segment.start <= offset && offset < segment.start + segment.length : segment.start < offset && offset <= segment.start + segment.length,
  );
}

/**
 * Turns the spelling checker's answers into ranges over the DOM's text nodes, without
 * touching the DOM: the caller builds StaticRanges from them and hands them to
 * `CSS.highlights`. A misspelling that spans two nodes gives one range across both; one
 * that falls outside every segment (the block changed since it was checked) is dropped.
 */
export function misspeltRanges<Node>(results: readonly CheckResult[], segmentsByKey: ReadonlyMap<string, readonly TextSegment<Node>[]>): RangeDescription<Node>[] {
  const ranges: RangeDescription<Node>[] = [];
  for (const { key, misspelt } of results) {
    const segments = segmentsByKey.get(key);
    if (!segments) continue;
    for (const { start, end } of misspelt) {
      const first = segmentHolding(segments, start, 'start');
      const last = segmentHolding(segments, end, 'end');
      if (!first || !last) continue;
      ranges.push({ startContainer: first.node, startOffset: start - first.start, endContainer: last.node, endOffset: end - last.start });
    }
  }
  return ranges;
}
