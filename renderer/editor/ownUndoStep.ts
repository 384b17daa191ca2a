import { $addUpdateTag, $getRoot, $isElementNode, $isTextNode, HISTORY_PUSH_TAG } from 'lexical';

/**
 * Makes the current update an undo step of its own. Lexical's history folds an update whose
 * one dirty text node is unchanged into the step before (meant for updates that change
 * nothing), and that also catches an update that only removes or re-orders nodes (rejecting
 * an insertion, moving a paragraph): undo would then take back the step before it too. Two
 * text nodes marked dirty (their DOM is left as it is) and the push tag keep it apart.
 */
export function $ownUndoStep(): void {
  $addUpdateTag(HISTORY_PUSH_TAG);
  let marked = 0;
  for (const block of $getRoot().getChildren()) {
    const first = $isElementNode(block) ? block.getFirstDescendant() : null;
    if ($isTextNode(first)) {
      first.markDirty();
      if (++marked === 2) return;
    }
  }
}
