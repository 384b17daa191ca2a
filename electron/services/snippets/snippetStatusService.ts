import { findSnippets } from '../../../common/citations';
import type { SerializedEditorState } from '../../../common/editorState';
import { AppError } from '../../../common/result';
import { snippetStatuses, type DevelopmentForStatus, type SnippetStatusReport } from '../../../common/snippetStatus';

/** What the check needs of the library: a development by id (throws NOT_FOUND when absent). */
export interface DevelopmentSource {
  get(id: string): DevelopmentForStatus;
}

/** The freshness of every snippet of a body; each development is read once. */
export function bodySnippetStatus(body: SerializedEditorState, library: DevelopmentSource): SnippetStatusReport {
  const cache = new Map<string, DevelopmentForStatus | null>();
  const lookup = (id: string): DevelopmentForStatus | null => {
    if (!cache.has(id)) {
      try {
        cache.set(id, library.get(id));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
        cache.set(id, null);
      }
    }
    return cache.get(id)!;
  };
  return snippetStatuses(findSnippets(body.root.children), lookup);
}
