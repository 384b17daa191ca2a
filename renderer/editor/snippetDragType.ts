/**
 * MIME type for dragging a snippet from the library panel into the note. On its own, without
 * Lexical: the library panel, on the first screen, sets it; the note editor, loaded later, reads it.
 */
export const SNIPPET_DRAG_TYPE = 'application/x-brieflink-snippet';
