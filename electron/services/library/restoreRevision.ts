import { developmentFieldsSchema, type Development } from '../../../common/development';
import { AppError } from '../../../common/result';
import type { LibraryService } from './library';

/**
 * Brings back an earlier revision's content as a new revision: history is never rewritten,
 * so the state being replaced stays in the list and can itself be restored.
 * `currentRevision` is the revision the user was looking at; a change since is refused.
 */
export function restoreRevision(library: LibraryService, id: string, revision: number, currentRevision: number): Development {
  return library.transaction(() => {
    const current = library.get(id);
    if (current.revision !== currentRevision) {
      throw new AppError(
        'REVISION_CONFLICT',
        `This development was changed elsewhere (now revision ${current.revision}, you were looking at revision ${currentRevision}). Reopen its history and try again.`,
      );
    }
    if (revision >= current.revision) {
      throw new AppError('BAD_ARGUMENTS', `Revision ${revision} is not an earlier revision of this development (it is at revision ${current.revision}).`);
    }
    const earlier = library.revisions(id).find((entry) => entry.revision === revision);
    if (!earlier) throw new AppError('NOT_FOUND', `Revision ${revision} of this development is not kept in the library.`);
    return library.update(id, developmentFieldsSchema.parse(earlier.development), current.revision);
  });
}
