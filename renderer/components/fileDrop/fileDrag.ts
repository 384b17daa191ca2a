/**
 * Whether a drag carries files from the desktop. The editor's own drags (a library part dragged
 * into the note as a snippet, text moved within the note) carry no 'Files' type and are left to
 * the editor.
 */
export function isFileDrag(types: readonly string[] | null | undefined): boolean {
  return !!types && Array.from(types).includes('Files');
}

/**
 * How deep a file drag is inside the window: dragenter and dragleave come for every element the
 * pointer crosses, so the drop overlay shows while more have been entered than left, and goes on
 * drop, or when the drag leaves the window or is given up.
 */
export type FileDragAction = { type: 'enter' } | { type: 'leave' } | { type: 'end' };

export function fileDragDepth(depth: number, action: FileDragAction): number {
  switch (action.type) {
    case 'enter':
      return depth + 1;
    case 'leave':
      return Math.max(0, depth - 1);
    case 'end':
      return 0;
  }
}
