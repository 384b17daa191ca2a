import type { Note } from '../../../common/note';

/**
 * The live page count's printing. Typing asks for a count after every pause; printing a long
 * note takes longer than a pause, so:
 * - a note is printed once at a time; requests arriving meanwhile wait, and only the newest of
 *   them is printed: the ones it replaces get its answer (the window only shows the newest);
 * - a draft whose print page is the same as the last one printed (an undo, a change outside
 *   the body and metadata) is answered without printing.
 * `measure` prints a print page and reads the answer from it (pages, and where sections
 * end), given the answer for the note's previous draft, if any.
 */
export function createPageCounter<Layout>(
  printPage: (note: Note) => string,
  measure: (note: Note, html: string, previous: Layout | null) => Promise<Layout>,
) {
  interface Waiting {
    note: Note;
    settle: Array<{ resolve(layout: Layout): void; reject(error: unknown): void }>;
  }
  const perNote = new Map<string, { busy: boolean; waiting: Waiting | null; last: { html: string; layout: Layout } | null }>();

  async function drain(id: string): Promise<void> {
    const state = perNote.get(id)!;
    while (state.waiting) {
      const { note, settle } = state.waiting;
      state.waiting = null;
      state.busy = true;
      try {
        // Built here, not on arrival: a draft replaced while it waited is never laid out at all.
        const html = printPage(note);
        const layout = state.last?.html === html ? state.last.layout : await measure(note, html, state.last?.layout ?? null);
        state.last = { html, layout };
        settle.forEach((waiter) => waiter.resolve(layout));
      } catch (error) {
        settle.forEach((waiter) => waiter.reject(error));
      } finally {
        state.busy = false;
      }
    }
  }

  return {
    count(note: Note): Promise<Layout> {
      let state = perNote.get(note.id);
      if (!state) {
        state = { busy: false, waiting: null, last: null };
        perNote.set(note.id, state);
      }
      const waiting: Waiting = { note, settle: state.waiting?.settle ?? [] };
      state.waiting = waiting;
      const answer = new Promise<Layout>((resolve, reject) => waiting.settle.push({ resolve, reject }));
      if (!state.busy) void drain(note.id);
      return answer;
    },
  };
}
