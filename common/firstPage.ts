import { z } from 'zod';

/** Whether a section the template wants on page 1 ends there in the real print layout. */
export const firstPageCheckSchema = z.object({
  sectionId: z.string(),
  heading: z.string(),
  /** The page the section's last line prints on; null when the note has no such section (its heading was removed). */
  endsOnPage: z.number().int().positive().nullable(),
});
export type FirstPageCheck = z.infer<typeof firstPageCheckSchema>;

export const fitsFirstPage = (check: FirstPageCheck) => check.endsOnPage === null || check.endsOnPage === 1;

/** One line for the length panel. */
export function describeFirstPageCheck(check: FirstPageCheck): string {
  if (check.endsOnPage === null) return `“${check.heading}”: heading missing, so its place on page 1 cannot be checked`;
  return check.endsOnPage === 1
    ? `“${check.heading}” ends on page 1, as the template requires`
    : `“${check.heading}” runs onto page ${check.endsOnPage}; the template requires it to end on page 1`;
}

/** The sections that run past page 1, for the warning before export. */
export function firstPageProblems(checks: readonly FirstPageCheck[]): { kind: 'first-page'; label: string }[] {
  return checks
    .filter((check) => !fitsFirstPage(check))
    .map((check) => ({ kind: 'first-page', label: `“${check.heading}” runs onto page ${check.endsOnPage}; it should end on page 1` }));
}
