import { AppError } from '../../common/result';
import type { PdfPrinter, PrintPurpose } from '../services/ports/pdfPrinter';
import { messageOf } from '../../common/messageOf';

/** One reusable place to print in (Electron: a hidden window); prints one document at a time. */
export interface PrintSurface {
  print(html: string, purpose: PrintPurpose): Promise<Uint8Array>;
  /** True once it cannot print any more (its renderer died, it was destroyed). */
  isGone(): boolean;
  destroy(): void;
}

/**
 * Prints one after another on one surface, opened on the first print and kept for the next:
 * a page count after every pause in typing then costs a page load, not a renderer start, and
 * nothing piles up over a day. A surface that failed or went away is replaced on the next print.
 */
export function queuedPrinter(openSurface: () => PrintSurface): PdfPrinter {
  let surface: PrintSurface | null = null;
  /** The end of the line: each print starts when the one before has finished, whatever its outcome. */
  let line: Promise<unknown> = Promise.resolve();

  function discardSurface(): void {
    surface?.destroy();
    surface = null;
  }

  async function printNow(html: string, purpose: PrintPurpose): Promise<Uint8Array> {
    if (surface?.isGone()) discardSurface();
    surface ??= openSurface();
    try {
      return await surface.print(html, purpose);
    } catch (error) {
      // Its state is unknown after a failure (a load that never finished, a crash): start afresh next time.
      discardSurface();
      throw new AppError('EXPORT_FAILED', `The PDF could not be printed: ${messageOf(error)}`);
    }
  }

  return {
    print(html, purpose = 'document') {
      const printed = line.then(() => printNow(html, purpose));
      line = printed.catch(() => undefined);
      return printed;
    },
    async close() {
      await line;
      discardSurface();
    },
  };
}
