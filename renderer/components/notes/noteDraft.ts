import type { SerializedEditorState } from '../../../common/editorState';
import type { ClearanceEntry, NoteStatus } from '../../../common/clearance';
import type { CommentThread } from '../../../common/comments';
import type { NoteMetadata } from '../../../common/note';
import type { SpellingLanguage } from '../../../common/spelling/languages';
import type { BodyChange } from '../../editor/plugins/BodyChangePlugin';

/** What the open note's next save writes. */
export interface NoteDraft {
  metadata: NoteMetadata;
  /** The body as opened, or the editor's last change, written as JSON only to be saved. */
  body: SerializedEditorState | BodyChange;
  status: NoteStatus;
  clearance: ClearanceEntry[];
  comments: CommentThread[];
  language: SpellingLanguage;
}

function isBodyChange(body: NoteDraft['body']): body is BodyChange {
  return typeof (body as Partial<BodyChange>).json === 'function';
}

/**
 * The body's JSON text for a save. The editor writes only the blocks changed since its last
 * save, and never builds the long note's tree of objects: built, that tree cost milliseconds
 * to make and, outliving the young generation, made minor garbage collections copy it.
 */
export function bodyJson(body: NoteDraft['body']): string {
  return isBodyChange(body) ? body.json() : JSON.stringify(body);
}
