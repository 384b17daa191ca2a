import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, plainText, textNode, type SerializedNode } from '../../../common/editorState';
import { countWords, sectionStats } from '../../../common/noteStructure';
import { templateSchema } from '../../../common/template';

describe('countWords', () => {
  it('counts runs with a letter or digit, not punctuation on its own', () => {
    expect(countWords('The review — for “non-sensitive” items, 2026 … -- 3.5 %')).toBe(7);
  });

  it('does not count Q: and A: labels at the start of a line', () => {
    expect(countWords('Q: Is it final?\nA: Not yet.\nA point about Q: labels')).toBe(10);
  });

  it('counts words in any script and treats any whitespace as a break', () => {
    expect(countWords('Ministère\tdes  Affaires\u00a0étrangères 日本の政策')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(countWords('  \n \t ')).toBe(0);
  });
});

describe('sectionStats', () => {
  it("counts a table's cells as separate words, and a cell's paragraphs as separate lines", () => {
    const cell = (...texts: string[]): SerializedNode => ({ type: 'tablecell', headerState: 0, children: texts.map((text) => paragraphNode([textNode(text)])) });
    const row = (...cells: SerializedNode[]): SerializedNode => ({ type: 'tablerow', children: cells });
    const template = templateSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../../templates/02-information-note.json', import.meta.url)), 'utf8')));
    const heading = template.sections[1].heading;
    const table: SerializedNode = { type: 'table', children: [row(cell('Option'), cell('Cost')), row(cell('A'), cell('10', 'million'))] };
    const stats = sectionStats(editorState([headingNode('h2', heading), table]), template);
    expect(stats.find((section) => section.heading === heading)!.words).toBe(5);
    expect(plainText(table)).toBe('Option\tCost\nA\t10\nmillion');
  });

  it('gives a node named like an object property no separator of its own', () => {
    expect(plainText({ type: 'constructor', children: [textNode('a'), textNode('b')] })).toBe('ab');
  });
});
