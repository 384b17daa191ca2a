import { z } from 'zod';
import type { FoundSnippet } from './citations';
import { partText } from './snippet';

/**
 * Freshness of a note's linked snippets against the library. 'outdated': the development's
 * revision is newer than the snippet's sourceRevision; 'missing': no such development in
 * this library; 'frozen': the snippet no longer follows the library; 'damaged': its data
 * cannot be read (damaged, or from a newer version), so its text is plain text.
 */
export const SNIPPET_STATES = ['current', 'outdated', 'missing', 'frozen', 'damaged'] as const;
export type SnippetState = (typeof SNIPPET_STATES)[number];

export const snippetStatusSchema = z.object({
  /** snippet.id; null when the snippet is damaged and has no readable id. */
  snippetId: z.string().nullable(),
  /** 0-based position among the body's snippets, in document order (tells damaged ones apart). */
  position: z.number().int().nonnegative(),
  developmentId: z.string().nullable(),
  state: z.enum(SNIPPET_STATES),
  /** Outdated only: the part's text in the library now (null when the part is gone: key point removed, passage out of range). */
  currentText: z.string().nullable().optional(),
  /** Outdated only: the development's revision now. */
  currentRevision: z.number().int().positive().optional(),
  /** Damaged only: why, in words for the user. */
  problem: z.string().optional(),
});
export type SnippetStatus = z.infer<typeof snippetStatusSchema>;

export const snippetStatusReportSchema = z.object({
  snippets: z.array(snippetStatusSchema),
  /** How many snippets are out of date (what a note shows). */
  outdated: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
});
export type SnippetStatusReport = z.infer<typeof snippetStatusReportSchema>;

/** What the freshness check needs of a development. */
export interface DevelopmentForStatus {
  revision: number;
  title: string;
  publisher: string;
  publishedDate: string | null;
  summary: string;
  keyPoints: { id: string; text: string }[];
  fullText: string;
}

/** Each snippet's state; `lookup` gives the library's development by id, or null when there is none. */
export function snippetStatuses(snippets: readonly FoundSnippet[], lookup: (developmentId: string) => DevelopmentForStatus | null): SnippetStatusReport {
  const statuses = snippets.map((found): SnippetStatus => {
    const base = { snippetId: found.data?.id ?? null, position: found.position, developmentId: found.data?.source.developmentId ?? null };
    if (!found.data) return { ...base, state: 'damaged', problem: found.problem };
    if (found.frozen) return { ...base, state: 'frozen' };
    const development = lookup(found.data.source.developmentId);
    if (!development) return { ...base, state: 'missing' };
    if (development.revision <= found.data.sourceRevision) return { ...base, state: 'current' };
    return { ...base, state: 'outdated', currentText: partText(development, found.data.origin), currentRevision: development.revision };
  });
  return {
    snippets: statuses,
    outdated: statuses.filter((status) => status.state === 'outdated').length,
    missing: statuses.filter((status) => status.state === 'missing').length,
  };
}
