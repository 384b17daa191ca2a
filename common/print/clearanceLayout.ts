import {
  CLEARANCE_OUTCOME_LABELS,
  CLEARANCE_STEP_LABELS,
  CLEARANCE_STEPS,
  clearanceOf,
  clearancePrintOf,
  type ClearanceEntry,
  type ClearancePlacement,
} from '../clearance';
import type { Note } from '../note';

/**
 * The clearance list as a template's format prints it, in a shape both the print page
 * (HTML, then PDF) and the Word document are written from, so the two say the same words.
 */
export type ClearanceBlock =
  /** The US action memo: a "Clearances" heading over a table, one row per entry. */
  | { style: 'us-clearance-block'; heading: string; columns: string[]; rows: string[][] }
  /** Canada: "Prepared by", "Consulted", "Approved by", each with its lines. */
  | { style: 'canada-prepared-consulted-approved'; rows: { label: string; lines: string[] }[] }
  /** The UK submission: one "Clearances:" line. */
  | { style: 'uk-clearances-line'; label: string; text: string };

export const US_CLEARANCE_HEADING = 'Clearances';
export const UK_CLEARANCE_LABEL = 'Clearances:';

/** One line of what the user typed: a remark written over several lines prints as one. */
const oneLine = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** An entry prints only when it says who: one with neither office nor name is a row not filled in yet. */
const printable = (entry: ClearanceEntry) => oneLine(entry.office) !== '' || oneLine(entry.name) !== '';

/** The entries in the order of the chain (prepared, consulted, approved), each step in the order recorded. */
function inChainOrder(entries: readonly ClearanceEntry[]): ClearanceEntry[] {
  return CLEARANCE_STEPS.flatMap((step) => entries.filter((entry) => entry.step === step && printable(entry)));
}

/**
 * The outcome as printed: the drafter's row says "Drafted" (the US memo's "Drafted:" line), an
 * approver's clearance reads "Approved"; pending and refused outcomes print as recorded.
 */
export function printedOutcome(entry: Pick<ClearanceEntry, 'step' | 'outcome'>): string {
  if (entry.step === 'prepared') return 'Drafted';
  if (entry.step === 'approved') {
    if (entry.outcome === 'cleared') return 'Approved';
    if (entry.outcome === 'cleared-with-comments') return 'Approved with comments';
    if (entry.outcome === 'not-cleared') return 'Not approved';
  }
  return CLEARANCE_OUTCOME_LABELS[entry.outcome];
}

const who = (entry: ClearanceEntry) => [oneLine(entry.office), oneLine(entry.name)].filter((part) => part !== '').join(', ');

/** "Legal Services, Jane Smith (cleared, 2026-03-02) — wants the costs in an annex". */
function entrySentence(entry: ClearanceEntry, outcome: string | null): string {
  const details = [outcome?.toLowerCase() ?? '', entry.date ?? ''].filter((part) => part !== '').join(', ');
  const remark = oneLine(entry.remark);
  return `${who(entry)}${details ? ` (${details})` : ''}${remark ? ` \u2014 ${remark}` : ''}`;
}

function usBlock(entries: ClearanceEntry[]): ClearanceBlock {
  const withDate = entries.some((entry) => entry.date);
  const withRemark = entries.some((entry) => oneLine(entry.remark) !== '');
  return {
    style: 'us-clearance-block',
    heading: US_CLEARANCE_HEADING,
    columns: ['Office', 'Name', 'Outcome', ...(withDate ? ['Date'] : []), ...(withRemark ? ['Remark'] : [])],
    rows: entries.map((entry) => [
      oneLine(entry.office),
      oneLine(entry.name),
      printedOutcome(entry),
      ...(withDate ? [entry.date ?? ''] : []),
      ...(withRemark ? [oneLine(entry.remark)] : []),
    ]),
  };
}

function canadaBlock(entries: ClearanceEntry[]): ClearanceBlock {
  // The drafter is named, not cleared; an approval says so only when it is not (yet) given.
  const outcomeFor = (entry: ClearanceEntry): string | null =>
    entry.step === 'prepared' ? null : entry.step === 'approved' && entry.outcome === 'cleared' ? null : printedOutcome(entry);
  return {
    style: 'canada-prepared-consulted-approved',
    rows: CLEARANCE_STEPS
      .map((step) => ({
        label: CLEARANCE_STEP_LABELS[step],
        lines: entries.filter((entry) => entry.step === step).map((entry) => entrySentence(entry, outcomeFor(entry))),
      }))
      .filter((row) => row.lines.length > 0),
  };
}

function ukBlock(entries: ClearanceEntry[]): ClearanceBlock {
  return { style: 'uk-clearances-line', label: UK_CLEARANCE_LABEL, text: `${entries.map((entry) => entrySentence(entry, printedOutcome(entry))).join('; ')}.` };
}

/**
 * The note's clearance block at `placement`, or null when nothing prints there: the template
 * puts it elsewhere or prints none, or no entry is recorded. An empty list prints nothing,
 * not blank lines to fill in by hand: the list is kept in the note, and a note that has none
 * prints as it did before clearance existed (same pages, same page count).
 */
export function clearanceBlock(note: Pick<Note, 'template' | 'clearance'>, placement: ClearancePlacement): ClearanceBlock | null {
  const setting = clearancePrintOf(note.template);
  if (setting.style === 'none' || setting.placement !== placement) return null;
  const entries = inChainOrder(clearanceOf(note));
  if (entries.length === 0) return null;
  switch (setting.style) {
    case 'us-clearance-block':
      return usBlock(entries);
    case 'canada-prepared-consulted-approved':
      return canadaBlock(entries);
    case 'uk-clearances-line':
      return ukBlock(entries);
  }
}
