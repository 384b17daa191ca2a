import type { Note } from '../../../common/note';
import { countPdfPages } from './pdfInfo';
import type { PdfPrinter } from './pdfPrinter';

/**
 * The live page count's printing. Typing asks for a count after every pause; printing a long
 * note takes longer than a pause, so:
 * - a note is printed once at a time; requests arriving meanwhile wait, and only the newest of
 *   them is printed: the ones it replaces get its answer (the window only shows the newest);
 * - a draft whose print page is the same as the last one printed (an undo, a change outside
 *   the body and metadata) is answered without printing.
 */
export function createPageCounter(printer: PdfPrinter, printPage: (note: Note) => string) {
  interface Waiting {
    note: Note;
    settle: Array<{ resolve(pages: number): void; reject(error: unknown): void }>;
  }
  const perNote = new Map<string, { busy: boolean; waiting: Waiting | null; last: { html: string; pages: number } | null }>();

  async function drain(id: string): Promise<void> {
    const state = perNote.get(id)!;
    while (state.waiting) {
      const { note, settle } = state.waiting;
      state.waiting = null;
      state.busy = true;
      try {
        // Built here, not on arrival: a draft replaced while it waited is never laid out at all.
        const html = printPage(note);
        const pages = state.last?.html === html ? state.last.pages : countPdfPages(await printer.print(html));
        state.last = { html, pages };
        settle.forEach((waiter) => waiter.resolve(pages));
      } catch (error) {
        settle.forEach((waiter) => waiter.reject(error));
      } finally {
        state.busy = false;
      }
    }
  }

  return {
    count(note: Note): Promise<number> {
      let state = perNote.get(note.id);
      if (!state) {
        state = { busy: false, waiting: null, last: null };
        perNote.set(note.id, state);
      }
      const waiting: Waiting = { note, settle: state.waiting?.settle ?? [] };
      state.waiting = waiting;
      const answer = new Promise<number>((resolve, reject) => waiting.settle.push({ resolve, reject }));
      if (!state.busy) void drain(note.id);
      return answer;
    },
  };
}
