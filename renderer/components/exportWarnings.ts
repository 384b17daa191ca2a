import { firstPageProblems, type FirstPageCheck } from '../../common/firstPage';
import type { NoteMetadata } from '../../common/note';
import { missingRequired, type SectionStats } from '../../common/noteStructure';
import { firstPageSectionIndexes } from '../../common/print/sectionEnds';
import type { Template } from '../../common/template';
import type { BrieflinkClient } from '../client/client';
import type { ExportWarning } from './ExportButton';

/** What the live count last printed: its pages (null before the first count) and first-page checks. */
export interface LastPrint {
  pages: number | null;
  firstPage: FirstPageCheck[];
}

/** The note printed to more pages than its template allows. */
function pageLimitProblem(pages: number | null, pageLimit: number | undefined): ExportWarning[] {
  if (pages === null || pageLimit === undefined || pages <= pageLimit) return [];
  return [{ kind: 'page-limit', label: `${pages} pages; the template allows ${pageLimit}` }];
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
  saved: { metadata: NoteMetadata; sections: readonly SectionStats[] },
  lastPrint: LastPrint,
): Promise<ExportWarning[]> {
  const missing: ExportWarning[] = missingRequired(template, saved.metadata, saved.sections);
  if (template.pageLimit === undefined && firstPageSectionIndexes(template).length === 0) return missing;
  let print = lastPrint;
  try {
    const counted = await client.call('notes.pageCount', { id: noteId });
    print = { pages: counted.pageCount, firstPage: counted.firstPage ?? [] };
  } catch {
    // The export itself will report a print failure; warn from what the live count last saw.
  }
  return [...missing, ...pageLimitProblem(print.pages, template.pageLimit), ...firstPageProblems(print.firstPage)];
}
