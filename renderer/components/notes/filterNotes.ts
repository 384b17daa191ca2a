import type { NoteSummary } from '../../../common/note';

export const NOTE_SORTS = {
  updated: 'Last modified',
  title: 'Title',
  created: 'Created',
} as const;
export type NoteSort = keyof typeof NOTE_SORTS;

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The notes whose title contains the query (ignoring case and accents), in the chosen order. */
export function filterNotes(notes: NoteSummary[], query: string, sort: NoteSort): NoteSummary[] {
  const needle = fold(query.trim());
  const matching = needle ? notes.filter((note) => fold(note.title).includes(needle)) : [...notes];
  const byTitle = (a: NoteSummary, b: NoteSummary) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' });
  const compare: Record<NoteSort, (a: NoteSummary, b: NoteSummary) => number> = {
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byTitle(a, b),
    created: (a, b) => b.createdAt.localeCompare(a.createdAt) || byTitle(a, b),
    title: (a, b) => byTitle(a, b) || b.updatedAt.localeCompare(a.updatedAt),
  };
  return matching.sort(compare[sort]);
}
