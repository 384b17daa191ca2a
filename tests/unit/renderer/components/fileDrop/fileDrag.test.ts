import { describe, expect, it } from 'vitest';
import { fileDragDepth, isFileDrag } from '../../../../../renderer/components/fileDrop/fileDrag';
import { SNIPPET_DRAG_TYPE } from '../../../../../renderer/editor/snippetDragType';

describe('a drag of files from the desktop', () => {
  it('is told from the editor’s own drags by its Files type', () => {
    expect(isFileDrag(['Files'])).toBe(true);
    expect(isFileDrag(['application/x-moz-file', 'Files'])).toBe(true);
    expect(isFileDrag([SNIPPET_DRAG_TYPE, 'text/plain'])).toBe(false);
    expect(isFileDrag(['text/plain', 'text/html'])).toBe(false);
    expect(isFileDrag([])).toBe(false);
    expect(isFileDrag(undefined)).toBe(false);
  });

  it('shows the overlay while it is inside the window', () => {
    let depth = 0;
    depth = fileDragDepth(depth, { type: 'enter' }); // the window
    depth = fileDragDepth(depth, { type: 'enter' }); // a panel inside it
    depth = fileDragDepth(depth, { type: 'leave' }); // out of the window, into the panel
    expect(depth).toBe(1);
    depth = fileDragDepth(depth, { type: 'leave' });
    expect(depth).toBe(0);
    expect(fileDragDepth(0, { type: 'leave' })).toBe(0);
    expect(fileDragDepth(3, { type: 'end' })).toBe(0);
  });
});
