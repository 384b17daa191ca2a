import type { DragEvent } from 'react';
import type { SnippetOrigin } from '../../../common/snippet';
import { SNIPPET_DRAG_TYPE } from '../../editor/snippetDragType';

/**
 * Props that make an element drag a development's part into the note (the note's drop
 * plugin inserts it as a linked snippet; elsewhere `text` is what is dropped).
 */
export function snippetDrag(developmentId: string, origin: SnippetOrigin, text: () => string) {
  return {
    draggable: true,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.setData(SNIPPET_DRAG_TYPE, JSON.stringify({ developmentId, origin }));
      event.dataTransfer.setData('text/plain', text());
      event.dataTransfer.effectAllowed = 'copy';
    },
  };
}
