import type { OpenNote } from './openNote';

/**
 * An action the back end takes on the saved note file (freeze links, settle a shared source):
 * the note's pending changes are saved first, so the action starts from what is on screen and
 * nothing on screen is lost; then the note opens again to show what the back end made of it.
 * Nothing is called, and nothing reopened, if the save fails; nothing is reopened if the call fails.
 */
export async function runOnSavedNote<T>(note: Pick<OpenNote, 'flush' | 'reopen'>, call: (revision: number) => Promise<T>): Promise<T> {
  const revision = await note.flush();
  const result = await call(revision);
  note.reopen();
  return result;
}
