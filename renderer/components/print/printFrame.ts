/** What the hidden print frame offers: its window and, when it is the app's own page, its document. */
export interface PrintFrame {
  contentWindow: { print(): void } | null;
  contentDocument: { location: { pathname: string } | null } | null;
}

/**
 * Prints the frame's page if it is the print page asked for, and says whether it did. A frame
 * that loaded anything else (the page was refused, or already served) is not printed: the
 * dialog would put an error page on paper. Chromium's print() returns when its dialog closes.
 */
export function printLoadedPage(frame: PrintFrame, expectedPath: string): boolean {
  let pathname: string | undefined;
  try {
    // A refused page shows Chromium's error page, of another origin: reading it throws.
    pathname = frame.contentDocument?.location?.pathname;
  } catch {
    return false;
  }
  if (pathname !== expectedPath || !frame.contentWindow) return false;
  frame.contentWindow.print();
  return true;
}
