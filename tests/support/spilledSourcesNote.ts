import { editorState, headingNode, paragraphNode, textNode } from '../../common/editorState';
import type { Note } from '../../common/note';
import { makeNote } from './noteFiles';
import { snippetNode } from './snippetNodes';

export const SPILLED_SOURCES_SUBJECT = 'Spectrum auctions: options before the review';
export const SPILLED_SOURCES_LAST_WORDS = 'the costs stay within the programme envelope';

/**
 * Paragraphs under Background: the body ends on page 2, and a Sources list after it starts on
 * page 2 and runs onto page 3 (with one paragraph fewer or more it still does: the test does
 * not sit on an edge).
 */
export const SPILLED_SOURCES_PARAGRAPHS = 12;

const SENTENCE = 'The department reviewed the proposal against the programme criteria and found the costs consistent. ';

/**
 * A two-page decision note citing five developments: its body ends on page 2, so a Sources
 * list printed after it in the body runs onto page 3 (tests/unit/sourcesAnnex.test.ts checks
 * that this stays so).
 */
export function noteWithSpilledSources(paragraphs = SPILLED_SOURCES_PARAGRAPHS): Note {
  const note = makeNote({ id: 'spilled-sources', subject: SPILLED_SOURCES_SUBJECT });
  const sources = ['Auction design', 'Reserve prices', 'Regional coverage', 'Use-it-or-lose-it rules', 'Spectrum caps'].map((title, i) =>
    snippetNode({ id: `cited-${i}`, developmentId: `spectrum-${i}`, text: `${title.toLowerCase()} matter`, title: `${title}: a review of the evidence from five auctions`, publisher: 'Spectrum Policy Review' }),
  );
  note.body = editorState([
    headingNode('h2', 'Summary'),
    paragraphNode([textNode('Officials compared the auction options; ')].concat(sources.flatMap((source) => [source, textNode('; ')]))),
    headingNode('h2', 'Background'),
    ...Array.from({ length: paragraphs }, () => paragraphNode([textNode(SENTENCE.repeat(4))])),
    paragraphNode([textNode(`Overall, ${SPILLED_SOURCES_LAST_WORDS}.`)]),
  ]);
  return note;
}
