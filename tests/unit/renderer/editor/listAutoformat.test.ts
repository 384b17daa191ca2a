import { describe, expect, it } from 'vitest';
import { continuedStart, listAutoformatFor } from '../../../../renderer/editor/listAutoformat';

describe('list autoformat as one types', () => {
  it('starts a numbered list from "1. " or "3) ", numbered from the typed number', () => {
    expect(listAutoformatFor('1. ')).toEqual({ listType: 'number', start: 1, marker: '1. ' });
    expect(listAutoformatFor('3) ')).toEqual({ listType: 'number', start: 3, marker: '3) ' });
    expect(listAutoformatFor('12.\u00a0')).toEqual({ listType: 'number', start: 12, marker: '12.\u00a0' });
  });

  it('starts a bulleted list from "- ", "* " or "• "', () => {
    for (const typed of ['- ', '* ', '\u2022 ']) expect(listAutoformatFor(typed)).toEqual({ listType: 'bullet', marker: typed });
  });

  it('starts nothing for text before the marker, no space, "0. " or a long number', () => {
    for (const typed of ['Step 1. ', '1.', '1.  ', '0. ', '2026. ', 'a. ', '-', ' - ']) expect(listAutoformatFor(typed)).toBeNull();
  });

  it('continues numbering after a paragraph taken out of a list', () => {
    expect(continuedStart(1, 2)).toBe(3);
    expect(continuedStart(4, 1)).toBe(5);
  });
});
