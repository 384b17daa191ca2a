import type { SerializedNode } from '../../../common/editorState';
import { BLOCK_TYPE_STATE_KEY, blockTypeSuggestionOf, suggestedBlockTypeOf, withBlockState, withBlockType, type BlockTypeSuggestion } from '../../../common/suggestions';
import { nodeAtPath, type NoteParagraph } from './noteParagraphs';
import { blockPathOf, type BreakPlaced } from './placeBreaks';
import type { DocxTypeChange } from './readReviewDocx';

/**
 * A suggested type change of a block (a colleague's, or Word's style change), made on the note's block that starts the
 * same paragraph: known when the note has it already (by id), added when that block still has
 * the type the colleague changed it from, and not placed otherwise (the note's block has
 * another type now, or a type change of its own).
 */
export function placeTypeChange(root: SerializedNode[], change: DocxTypeChange, paragraphs: readonly NoteParagraph[], bodyStart: number, suggested: BlockTypeSuggestion): BreakPlaced {
  const first = paragraphs[change.at.paragraph - bodyStart]?.pieces[0];
  const blockPath = first && first.start === 0 ? blockPathOf(root, first.path) : null;
  // Word writes a table cell's or check-list item's paragraph with no style, as it does body text:
  // a style change there is not a change of the note's block type.
  if (!blockPath || (!change.own && blockPath.length !== 1)) return 'unplaced';
  const block = nodeAtPath(root, blockPath) as SerializedNode;
  const current = blockTypeSuggestionOf(block);
  if (change.own && current?.suggestionId === change.own.id) return 'known';
  if (current || suggestedBlockTypeOf(block) !== change.from) return 'unplaced';
  const siblings = blockPath.length === 1 ? root : nodeAtPath(root, blockPath.slice(0, -1)).children!;
  siblings[blockPath.at(-1)!] = withBlockState(withBlockType(block, change.to), BLOCK_TYPE_STATE_KEY, suggested);
  return 'added';
}
