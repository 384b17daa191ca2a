import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect } from 'react';
import { useAnnounce } from '../../state/announcer';
import { MOVE_BLOCK_COMMAND } from '../commands';
import { $ownUndoStep } from '../ownUndoStep';
import { $moveBlock, moveMessage } from '../suggestions/blockMoves';

/** Moves the caret's paragraph up or down (MOVE_BLOCK_COMMAND); while suggesting, the suggest-changes plugin takes the command first. */
export function BlockMovePlugin() {
  const [editor] = useLexicalComposerContext();
  const announce = useAnnounce();
  useEffect(
    () =>
      editor.registerCommand(
        MOVE_BLOCK_COMMAND,
        (direction) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const outcome = $moveBlock(selection, direction, null);
          if (outcome === 'moved') $ownUndoStep();
          announce(moveMessage(outcome, direction));
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, announce],
  );
  return null;
}
