// Bodies for comparing versions: a 40-page note and the edits a reviewer makes to one.
import { editorState, headingNode, paragraphNode, textNode, type SerializedEditorState, type SerializedNode } from '../../common/editorState';

export const paragraph = (text: string): SerializedNode => paragraphNode([textNode(text)]);

export function listNode(listType: 'bullet' | 'number', items: readonly (string | SerializedNode)[]): SerializedNode {
  return {
    type: 'list',
    listType,
    start: 1,
    tag: listType === 'number' ? 'ol' : 'ul',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: items.map((item, index) => ({
      type: 'listitem',
      version: 1,
      value: index + 1,
      direction: null,
      format: '',
      indent: 0,
      children: typeof item === 'string' ? [textNode(item)] : [item],
    })),
  };
}

export function tableNode(rows: readonly (readonly string[])[]): SerializedNode {
  return {
    type: 'table',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: rows.map((cells, row) => ({
      type: 'tablerow',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: cells.map((text) => ({
        type: 'tablecell',
        version: 1,
        headerState: row === 0 ? 1 : 0,
        colSpan: 1,
        rowSpan: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [paragraph(text)],
      })),
    })),
  };
}

const WORDS = (
  'review licensing export controls advanced chips minister department agency consultation budget treaty ' +
  'partners allies timeline risk option recommendation industry compliance enforcement tariff quota data ' +
  'privacy platform obligation penalty audit report parliament committee region province market supply'
).split(' ');

/** A sentence of its own for paragraph `n`: every paragraph differs, as in a real note. */
function sentence(n: number, k: number): string {
  const pick = (i: number) => WORDS[(n * 7 + k * 13 + i * 5) % WORDS.length];
  return `Point ${n}.${k}: the ${pick(0)} on ${pick(1)} and ${pick(2)} weighs ${pick(3)} against ${pick(4)} for ${pick(5)} in ${pick(6)}.`;
}

export const SECTIONS = 20;
export const PARAGRAPHS_PER_SECTION = 11;

/**
 * About 40 printed pages: 20 sections, each a heading, 11 paragraphs of about 85 words, a
 * five-item list and a five-row table (about 20,000 words, 440 blocks to compare).
 */
export function fortyPageBody(): SerializedEditorState {
  const children: SerializedNode[] = [];
  let n = 0;
  for (let section = 0; section < SECTIONS; section++) {
    children.push(headingNode('h2', `Part ${section + 1}`));
    for (let p = 0; p < PARAGRAPHS_PER_SECTION; p++, n++) {
      children.push(paragraph(Array.from({ length: 6 }, (_, k) => sentence(n, k)).join(' ')));
    }
    children.push(listNode('bullet', Array.from({ length: 5 }, (_, i) => `Item ${section}.${i}: ${sentence(n + i, 9)}`)));
    children.push(tableNode(Array.from({ length: 5 }, (_, row) => Array.from({ length: 4 }, (_, column) => (row === 0 ? `Heading ${column + 1}` : `S${section} r${row} c${column}`)))));
  }
  return editorState(children);
}

/** Index in the body of paragraph `p` of section `section` (0-based). */
export function paragraphIndex(section: number, p: number): number {
  return section * (PARAGRAPHS_PER_SECTION + 3) + 1 + p;
}

/**
 * The long note after a review: one word changed in section 1, a paragraph of section 3
 * moved to section 15, a paragraph of section 8 deleted and one added in section 12.
 */
export function reviewedFortyPageBody(): SerializedEditorState {
  const body = structuredClone(fortyPageBody());
  const children = body.root.children;
  const edited = children[paragraphIndex(1, 2)];
  edited.children = [textNode(String(edited.children?.[0]?.text).replace('Point', 'Item'))];
  const added = paragraph('A paragraph the reviewer added about the consultation with partners in the region.');
  const moved = children[paragraphIndex(3, 4)];
  // From the end backwards, so earlier indices stay valid.
  children.splice(paragraphIndex(15, 0), 0, moved);
  children.splice(paragraphIndex(12, 5), 0, added);
  children.splice(paragraphIndex(8, 6), 1);
  children.splice(paragraphIndex(3, 4), 1);
  return body;
}
