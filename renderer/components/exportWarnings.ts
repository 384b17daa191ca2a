import { unresolvedCount, type CommentThread } from '../../common/comments';
import { firstPageProblems, type FirstPageCheck } from '../../common/firstPage';
import type { NoteMetadata } from '../../common/note';
import { pageLimitWarning } from '../../common/printedLength';
import { missingRequired, type SectionStats } from '../../common/noteStructure';
import { firstPageSectionIndexes } from '../../common/print/sectionEnds';
import type { Template } from '../../common/template';
import type { BrieflinkClient } from '../client/client';
import type { ExportWarning } from './ExportButton';

/** What the live count last printed: its pages (null before the first count), those of a sources annex among them, and first-page checks. */
export interface LastPrint {
  pages: number | null;
  annexPages?: number;
  firstPage: FirstPageCheck[];
}

/** The note printed to more pages than its template allows (a sources annex not counted). */
function pageLimitProblem(print: LastPrint, pageLimit: number | undefined): ExportWarning[] {
  const label = print.pages === null ? null : pageLimitWarning({ pageCount: print.pages, annexPages: print.annexPages }, pageLimit);
  return label === null ? [] : [{ kind: 'page-limit', label }];
}

/** Comments left open: the export never prints them, so a reviewer's point could go unseen. */
export function unresolvedCommentsWarning(comments: readonly CommentThread[]): ExportWarning[] {
  const open = unresolvedCount(comments);
  return open === 0 ? [] : [{ kind: 'comments', label: `${open} unresolved comment${open === 1 ? '' : 's'}` }];
}

/** Suggested changes still open: the export prints them accepted, which no one has decided yet. */
export function openSuggestionsWarning(count: number): ExportWarning[] {
  return count === 0 ? [] : [{ kind: 'suggestions', label: `${count} suggested change${count === 1 ? '' : 's'} not yet accepted or rejected (exported as if accepted)` }];
}

/**
 * Everything to warn about before an export: required parts left empty and, when the
 * template sets a page limit or wants sections to end on page 1, what a print of the note as
 * saved finds against them (the caller saves the draft first and passes what was saved; the
 * live count may be a moment behind). If that print fails, the live count's last answer is used.
 */
export async function exportWarnings(
  client: BrieflinkClient,
  noteId: string,
  template: Template,
  saved: { metadata: NoteMetadata; sections: readonly SectionStats[]; comments?: readonly CommentThread[]; openSuggestions?: number },
  lastPrint: LastPrint,
): Promise<ExportWarning[]> {
  const missing: ExportWarning[] = [...missingRequired(template, saved.metadata, saved.sections), ...unresolvedCommentsWarning(saved.comments ?? []), ...openSuggestionsWarning(saved.openSuggestions ?? 0)];
  if (template.pageLimit === undefined && firstPageSectionIndexes(template).length === 0) return missing;
  let print = lastPrint;
  try {
    const counted = await client.call('notes.pageCount', { id: noteId });
    print = { pages: counted.pageCount, annexPages: counted.annexPages, firstPage: counted.firstPage ?? [] };
  } catch {
    // The export itself will report a print failure; warn from what the live count last saw.
  }
  return [...missing, ...pageLimitProblem(print, template.pageLimit), ...firstPageProblems(print.firstPage)];
}
