import { firstPageProblems, type FirstPageCheck } from '../../common/firstPage';
import type { NoteMetadata } from '../../common/note';
import { missingRequired, type SectionStats } from '../../common/noteStructure';
import { firstPageSectionIndexes } from '../../common/print/sectionEnds';
import type { Template } from '../../common/template';
import type { BrieflinkClient } from '../client/client';
import type { ExportWarning } from './ExportButton';

/**
 * Everything to warn about before an export: required parts left empty and, for templates
 * with sections that must end on page 1, those that do not, from a print of the note as
 * saved (the caller saves the draft first and passes what was saved; the live count may be
 * a moment behind). If that print fails, the live count's last answer is used.
 */
export async function exportWarnings(
  client: BrieflinkClient,
  noteId: string,
  template: Template,
  saved: { metadata: NoteMetadata; sections: readonly SectionStats[] },
  lastLiveCheck: FirstPageCheck[],
): Promise<ExportWarning[]> {
  const missing: ExportWarning[] = missingRequired(template, saved.metadata, saved.sections);
  if (firstPageSectionIndexes(template).length === 0) return missing;
  let checks = lastLiveCheck;
  try {
    checks = (await client.call('notes.pageCount', { id: noteId })).firstPage ?? [];
  } catch {
    // The export itself will report a print failure; warn from what the live count last saw.
  }
  return [...missing, ...firstPageProblems(checks)];
}
