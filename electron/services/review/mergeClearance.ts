import { MAX_CLEARANCE_ENTRIES, withoutClearedRevisions, type ClearanceEntry } from '../../../common/clearance';

export interface MergedClearance {
  entries: ClearanceEntry[];
  added: number;
  /** Entries pending here that their copy records an outcome for. */
  decided: number;
  /** Their entries not taken (recorded otherwise here, or beyond the list's limit), by office or name, for the message. */
  notTaken: string[];
}

const sameEntry = (a: ClearanceEntry, b: ClearanceEntry) => JSON.stringify(withoutClearedRevisions([a])) === JSON.stringify(withoutClearedRevisions([b]));
const nameOf = (entry: ClearanceEntry) => entry.office.trim() || entry.name.trim() || 'an unnamed entry';

/**
 * A colleague's clearance list merged into the note's, by entry id: an entry only they have is
 * added; one still pending here takes the outcome they recorded (the office that cleared it
 * usually records it in its own copy); one recorded otherwise in both is left as it is here
 * and named. Nothing here is removed. Which revision an entry cleared is never taken from
 * their copy: this note's History does not have their versions.
 */
export function mergeClearance(mine: readonly ClearanceEntry[], theirs: readonly ClearanceEntry[]): MergedClearance {
  const entries = [...mine];
  const result: MergedClearance = { entries, added: 0, decided: 0, notTaken: [] };
  for (const entry of withoutClearedRevisions(theirs)) {
    const at = entries.findIndex((candidate) => candidate.id === entry.id);
    const here = entries[at];
    if (!here && entries.length < MAX_CLEARANCE_ENTRIES) {
      entries.push(entry);
      result.added++;
    } else if (here && here.outcome === 'pending' && entry.outcome !== 'pending') {
      entries[at] = entry;
      result.decided++;
    } else if (!here || !sameEntry(here, entry)) result.notTaken.push(nameOf(entry));
  }
  return result;
}
