import type { Note } from '../note';
import { wordDiff } from '../wordDiff';
import { alignBlocks, type AlignStep } from './alignBlocks';
import { noteBlocks, placeOf, type NoteBlock } from './noteBlocks';
import { countsAsChange, type ComparedBlock, type FieldComparison, type NoteComparison, type RedlinePart } from './noteComparison';

/** The parts of a note a redline compares: its details, its template's name and labels, its body. */
export type ComparableNote = Pick<Note, 'metadata' | 'template' | 'body'>;

/** Paragraph breaks inside a split or joined block: a newline the redline shows as a mark of its own. */
const BREAK = '\n';

const plural = (kind: string, count: number) => `${count} ${kind === 'list item' ? 'list items' : kind === 'table row' ? 'table rows' : `${kind}s`}`;

/** The details that differ, by the labels the newer version's form shows, in its order. */
function compareFields(before: ComparableNote, after: ComparableNote): FieldComparison[] {
  const labels = new Map<string, string>();
  for (const field of [...before.template.fields, ...after.template.fields]) labels.set(field.id, field.label);
  const ids = [...new Set([...after.template.fields.map((field) => field.id), ...before.template.fields.map((field) => field.id), ...Object.keys(before.metadata), ...Object.keys(after.metadata)])];
  const fields = ids
    .map((id) => ({ id, was: (before.metadata[id] ?? '').trim(), now: (after.metadata[id] ?? '').trim() }))
    .filter(({ was, now }) => was !== now)
    .map(({ id, was, now }) => ({ label: labels.get(id) ?? id, parts: wordDiff(was, now) }));
  if (before.template.name !== after.template.name) fields.unshift({ label: 'Template', parts: wordDiff(before.template.name, after.template.name) });
  return fields;
}

const whole = (text: string, change: RedlinePart['change']): RedlinePart[] => [{ text, change }];

function blockOf(step: AlignStep, before: readonly NoteBlock[], after: readonly NoteBlock[]): ComparedBlock {
  switch (step.type) {
    case 'same': {
      const [was, now] = [before[step.a], after[step.b]];
      // Same words, different kind of block (a paragraph made a heading): a change, said in words.
      return was.kind === now.kind
        ? { change: 'same', kind: now.kind, depth: now.depth, parts: whole(now.text, 'same') }
        : { change: 'changed', kind: now.kind, depth: now.depth, parts: whole(now.text, 'same'), note: `Was a ${was.kind}, now a ${now.kind}` };
    }
    case 'added':
      return { change: 'added', kind: after[step.b].kind, depth: after[step.b].depth, parts: whole(after[step.b].text, 'added') };
    case 'removed':
      return { change: 'removed', kind: before[step.a].kind, depth: before[step.a].depth, parts: whole(before[step.a].text, 'removed') };
    case 'moved-from':
      return {
        change: 'moved-from',
        kind: before[step.a].kind,
        depth: before[step.a].depth,
        parts: whole(before[step.a].text, 'removed'),
        note: `Moved to ${placeOf(after[step.b])}`,
        moveId: step.moveId,
      };
    case 'moved-to':
      return {
        change: 'moved-to',
        kind: after[step.b].kind,
        depth: after[step.b].depth,
        parts: wordDiff(before[step.a].text, after[step.b].text),
        note: `Moved from ${placeOf(before[step.a])}`,
        moveId: step.moveId,
      };
    case 'changed': {
      const olds = step.a.map((a) => before[a]);
      const news = step.b.map((b) => after[b]);
      const first = news[0];
      const note =
        news.length > 1 ? `Split into ${plural(first.kind, news.length)}` : olds.length > 1 ? `Joined from ${plural(olds[0].kind, olds.length)}` : undefined;
      const parts = wordDiff(olds.map((block) => block.text).join(BREAK), news.map((block) => block.text).join(BREAK));
      return { change: 'changed', kind: first.kind, depth: first.depth, parts, ...(note ? { note } : {}) };
    }
  }
}

/**
 * A word-level redline from `before` to `after`: the details that differ, then the body
 * block by block, with blocks moved elsewhere shown as moves rather than removed and added.
 */
export function compareNotes(before: ComparableNote, after: ComparableNote): NoteComparison {
  const fields = compareFields(before, after);
  const was = noteBlocks(before.body);
  const now = noteBlocks(after.body);
  const blocks = alignBlocks(was, now).map((step) => blockOf(step, was, now));
  return { fields, blocks, changeCount: fields.length + blocks.filter((block) => countsAsChange(block.change)).length };
}

/**
 * "Changes since you cleared": the version a reviewer cleared (the snapshot or revision their
 * clearance records) against the note as it is now.
 */
export function changesSince(cleared: ComparableNote, now: ComparableNote): NoteComparison {
  return compareNotes(cleared, now);
}
