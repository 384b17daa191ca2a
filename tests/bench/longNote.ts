// The long note of issue 4: about 40 printed pages, 20 tables and 400 real linked snippets
// pointing at developments of the bench library.
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../common/editorState';
import type { Development } from '../../common/development';
import { makeSnippet, SNIPPET_NODE_TYPE, type SnippetOrigin } from '../../common/snippet';

const SENTENCE = 'The interagency review weighs tiered licensing for consumer technology while keeping controls on advanced chips. ';
export const SECTIONS = 20;
export const SNIPPETS_PER_SECTION = 20;
/** Plain paragraphs per section, chosen so the note prints at about 40 pages. */
const PLAIN_PARAGRAPHS = 0;

function cell(text: string, header: boolean): SerializedNode {
  return { type: 'tablecell', version: 1, headerState: header ? 1 : 0, colSpan: 1, rowSpan: 1, backgroundColor: null, children: [paragraphNode([textNode(text)])], direction: null, format: '', indent: 0 };
}

function table(index: number): SerializedNode {
  const rows = Array.from({ length: 5 }, (_, row) => ({
    type: 'tablerow',
    version: 1,
    children: Array.from({ length: 4 }, (_, column) => cell(row === 0 ? `Heading ${column + 1}` : `T${index} r${row} c${column}`, row === 0)),
    direction: null,
    format: '',
    indent: 0,
  }));
  return { type: 'table', version: 1, children: rows, direction: null, format: '', indent: 0 };
}

/** A linked-snippet node exactly as the editor serializes one inserted from the library. */
function linkedSnippet(development: Development, origin: SnippetOrigin, id: string): SerializedNode {
  const snippet = makeSnippet(development, origin, id);
  if (!snippet) throw new Error(`Development ${development.id} has no text for ${origin.kind}`);
  return { type: SNIPPET_NODE_TYPE, version: 1, snippet, children: [textNode(snippet.insertedText)], direction: null, format: '', indent: 0 };
}

/**
 * 20 sections, each a heading, plain paragraphs, four paragraphs holding five snippets each
 * (key points, one summary in ten) and a table. `developments` supplies one development per
 * snippet (400). Every fifth section is headed by one of the template's headings, so the
 * word counts per section have real sections to count.
 */
export function longNoteBody(developments: readonly Development[], templateHeadings: readonly string[]) {
  if (developments.length < SECTIONS * SNIPPETS_PER_SECTION) throw new Error('longNoteBody needs 400 developments');
  const children: SerializedNode[] = [];
  let n = 0;
  for (let section = 0; section < SECTIONS; section++) {
    const templateHeading = section % 5 === 0 ? templateHeadings[section / 5] : undefined;
    children.push(headingNode('h2', templateHeading ?? `Part ${section + 1}`));
    for (let p = 0; p < PLAIN_PARAGRAPHS; p++) children.push(paragraphNode([textNode(SENTENCE.repeat(3))]));
    for (let p = 0; p < SNIPPETS_PER_SECTION / 5; p++) {
      const parts: SerializedNode[] = [textNode('As reported, ')];
      for (let s = 0; s < 5; s++, n++) {
        const development = developments[n];
        const origin: SnippetOrigin = n % 10 === 0 ? { kind: 'summary' } : { kind: 'key-point', keyPointId: development.keyPoints[n % development.keyPoints.length].id };
        parts.push(linkedSnippet(development, origin, `bench-snippet-${n}`), textNode(s < 4 ? ' Further, ' : ' '));
      }
      children.push(paragraphNode(parts));
    }
    children.push(table(section));
  }
  return { body: editorState(children), snippets: n, tables: SECTIONS };
}
