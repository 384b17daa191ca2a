/**
 * The open note is saved this long after the last change, and then counted and its sections
 * measured from what was saved: a keystroke never waits for any of it, and the long note's
 * body is serialized and sent once per pause. (Its own module: the benchmarks read it too.)
 */
export const NOTE_SAVE_DELAY_MS = 150;
