/**
 * What a print is for. 'document' is a file someone reads: tagged (a structure tree for
 * screen readers) and with an outline. 'layout' only tells where pages break (the live page
 * count): the tag tree and outline describe the same layout, and leaving them out makes a
 * long note's print about a third quicker.
 */
export type PrintPurpose = 'document' | 'layout';

/**
 * Turns a print document (see common/print/printHtml) into PDF bytes: Chromium through
 * playwright-core in the browser host (electron/host/print/), Electron's printToPDF in the
 * desktop shell (electron/shell/electronPrinter.ts).
 */
export interface PdfPrinter {
  print(html: string, purpose?: PrintPurpose): Promise<Uint8Array>;
  /**
   * Optional: a layout print of only the pages from `fromPage` to the end, for a page count
   * when the count is known to be at least `fromPage` (the pages before it are laid out but
   * not made into PDF pages, the slow part of a long print). Fails when the document has
   * fewer pages.
   */
  printTail?(html: string, fromPage: number): Promise<Uint8Array>;
  /** Releases the browser; a later print starts a new one. */
  close(): Promise<void>;
}
