import { statusOf } from '../../../common/clearance';
import { noteTitle, type Note, type NoteSummary } from '../../../common/note';

/** A readable note as the notes list shows it. */
export function noteSummaryOf(note: Note): NoteSummary {
  return {
    id: note.id,
    title: noteTitle(note),
    templateName: note.template.name,
    revision: note.revision,
    updatedAt: note.updatedAt,
    createdAt: note.createdAt,
    status: statusOf(note),
  };
}
