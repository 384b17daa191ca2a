import { describe, expect, it } from 'vitest';
import { runOnSavedNote } from '../../../../renderer/state/runOnSavedNote';

/** An open note that records what was done to it, in order. */
function openNote(flushFails = false) {
  const done: string[] = [];
  return {
    done,
    flush: async () => {
      done.push('flush');
      if (flushFails) throw new Error('The note could not be saved: disk full');
      return 7;
    },
    reopen: () => void done.push('reopen'),
  };
}

describe('runOnSavedNote', () => {
  it('saves the note, makes the call on the revision saved, then opens the note again, and gives the call’s result', async () => {
    const note = openNote();
    const result = await runOnSavedNote(note, async (revision) => {
      note.done.push(`call on ${revision}`);
      return { frozen: 2 };
    });
    expect(result).toEqual({ frozen: 2 });
    expect(note.done).toEqual(['flush', 'call on 7', 'reopen']);
  });

  it('makes no call when the save fails, and throws the save’s error', async () => {
    const note = openNote(true);
    await expect(runOnSavedNote(note, async () => note.done.push('call'))).rejects.toThrow('disk full');
    expect(note.done).toEqual(['flush']);
  });

  it('does not reopen the note when the call fails: what is on screen stays', async () => {
    const note = openNote();
    await expect(
      runOnSavedNote(note, async () => {
        throw new Error('NOTE_BUSY');
      }),
    ).rejects.toThrow('NOTE_BUSY');
    expect(note.done).toEqual(['flush']);
  });
});
