/**
 * Print… prints the note in a hidden frame of the window, from a page the host serves on the
 * window's own origin. Not a srcdoc or blob: frame: those take the window's CSP, which refuses
 * the print document's inline styles and data: fonts, so the paper would not match the PDF.
 * Each page lives at a random, unguessable path and is served once.
 */
export const PRINT_PAGE_PREFIX = '/print/';

/** A print page's path: the prefix and a random UUID, nothing else. */
export const PRINT_PAGE_PATH = /^\/print\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
