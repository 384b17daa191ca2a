import { describe, expect, it } from 'vitest';
import { misspeltRanges, type TextSegment } from '../../../../renderer/spelling/misspeltRanges';

/** Text nodes stand in as their text: the function never looks inside them. */
const segments = (...texts: string[]): TextSegment<string>[] => {
  let start = 0;
  return texts.map((node) => {
    const segment = { node, start, length: node.length };
    start += node.length;
    return segment;
  });
};

describe('misspeltRanges', () => {
  it('places a misspelling inside the text node that holds it', () => {
    const ranges = misspeltRanges([{ key: 'b1', misspelt: [{ start: 14, end: 20, word: 'reprot' }] }], new Map([['b1', segments('The draft ', 'the reprot is late')]]));
    expect(ranges).toEqual([{ startContainer: 'the reprot is late', startOffset: 4, endContainer: 'the reprot is late', endOffset: 10 }]);
  });

  it('spans two nodes when a word is split between them (part of it in bold)', () => {
    const ranges = misspeltRanges([{ key: 'b1', misspelt: [{ start: 4, end: 13, word: 'goverment' }] }], new Map([['b1', segments('The gov', 'erment', ' said')]]));
    expect(ranges).toEqual([{ startContainer: 'The gov', startOffset: 4, endContainer: 'erment', endOffset: 6 }]);
  });

  it('keeps a word that ends where its node ends inside that node', () => {
    const ranges = misspeltRanges([{ key: 'b1', misspelt: [{ start: 0, end: 6, word: 'reprot' }] }], new Map([['b1', segments('reprot', ' is late')]]));
    expect(ranges).toEqual([{ startContainer: 'reprot', startOffset: 0, endContainer: 'reprot', endOffset: 6 }]);
  });

  it('drops misspellings of blocks it has no nodes for, or that fall outside them (text changed since checking)', () => {
    const ranges = misspeltRanges(
      [
        { key: 'gone', misspelt: [{ start: 0, end: 4, word: 'wrod' }] },
        { key: 'b1', misspelt: [{ start: 8, end: 12, word: 'wrod' }] },
      ],
      new Map([['b1', segments('short')]]),
    );
    expect(ranges).toEqual([]);
  });

  it('handles several blocks and skips gaps between segments', () => {
    const split: TextSegment<string>[] = [
      { node: 'first', start: 0, length: 5 },
      { node: 'after a gap', start: 10, length: 11 },
    ];
    const ranges = misspeltRanges(
      [
        { key: 'b1', misspelt: [{ start: 6, end: 9, word: 'gap' }, { start: 16, end: 19, word: 'gap' }] },
        { key: 'b2', misspelt: [{ start: 0, end: 2, word: 'xx' }] },
      ],
      new Map([
        ['b1', split],
        ['b2', segments('xx yy')],
      ]),
    );
    expect(ranges).toEqual([
      { startContainer: 'after a gap', startOffset: 6, endContainer: 'after a gap', endOffset: 9 },
      { startContainer: 'xx yy', startOffset: 0, endContainer: 'xx yy', endOffset: 2 },
    ]);
  });
});
