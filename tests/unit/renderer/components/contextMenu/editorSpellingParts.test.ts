import { describe, expect, it } from 'vitest';
import { editorMenuItems, nextEnabledItem } from '../../../../../renderer/components/contextMenu/editorMenuItems';
import { blockText } from '../../../../../renderer/spelling/blockText';
import { misspeltRanges } from '../../../../../renderer/spelling/misspeltRanges';

describe('the text of a block as the spelling checker gets it', () => {
  it('joins the text nodes, keeps every offset, and blanks out linked-snippet text', () => {
    const { texts, segments } = blockText([
      { node: 'a', text: 'The goverment ', skipped: false },
      { node: 'b', text: 'quotes teh source', skipped: true },
      { node: 'c', text: ' verbatim.', skipped: false },
    ], 'en-CA');
    expect(texts).toHaveLength(1);
    expect(texts[0].text).toBe(`The goverment ${' '.repeat(17)} verbatim.`);
    expect(segments).toEqual([
      { node: 'a', start: 0, length: 14 },
      { node: 'b', start: 14, length: 17 },
      { node: 'c', start: 31, length: 10 },
    ]);
    // A word the checker flags maps back onto the node that holds it.
    const ranges = misspeltRanges([{ key: 'k', misspelt: [{ word: 'goverment', start: 4, end: 13 }] }], new Map([['k', segments]]));
    expect(ranges).toEqual([{ startContainer: 'a', startOffset: 4, endContainer: 'a', endOffset: 13 }]);
  });
});

describe('the note body menu', () => {
  it('puts suggestions first, then Add to dictionary and Ignore, then the clipboard', () => {
    const items = editorMenuItems({ misspelt: 'goverment', suggestions: ['government', 'governments'], hasSelection: false });
    expect(items.map((item) => item.label)).toEqual(['government', 'governments', 'Add to dictionary', 'Ignore', 'Cut', 'Copy', 'Paste', 'Paste as plain text']);
    expect(items[0].action).toEqual({ kind: 'replace', replacement: 'government' });
    expect(items.filter((item) => item.disabled).map((item) => item.label)).toEqual(['Cut', 'Copy']);
    expect(items.filter((item) => item.groupStart).map((item) => item.label)).toEqual(['Add to dictionary', 'Cut']);
  });

  it('says when it is still looking, or found nothing; without a misspelling it has only the clipboard', () => {
    expect(editorMenuItems({ misspelt: 'zqx', suggestions: null, hasSelection: true })[0]).toMatchObject({ label: 'Looking for suggestions…', disabled: true });
    expect(editorMenuItems({ misspelt: 'zqx', suggestions: [], hasSelection: true })[0]).toMatchObject({ label: 'No suggestions', disabled: true });
    expect(editorMenuItems({ misspelt: null, suggestions: null, hasSelection: true }).map((item) => item.label)).toEqual(['Cut', 'Copy', 'Paste', 'Paste as plain text']);
  });

  it('moves with the arrow keys past disabled items, wrapping around', () => {
    const items = editorMenuItems({ misspelt: null, suggestions: null, hasSelection: false });
    expect(nextEnabledItem(items, 2, 1)).toBe(3);
    expect(nextEnabledItem(items, 3, 1)).toBe(2);
    expect(nextEnabledItem(items, 2, -1)).toBe(3);
  });
});
