import { z } from 'zod';
import { developmentSchema, searchFiltersSchema } from './development';
import { importFileArgsSchema } from './libraryImport';
import { uploadIdSchema } from './uploads';

/** A library bundle: developments to share with a team, in one JSON file. */
export const BUNDLE_FORMAT = 'brieflink-library-bundle';
/** Raised when the bundle's shape changes; a bundle with a higher version is refused, not guessed at. */
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = '.brieflink-bundle.json';

/** Which earlier states a development passed through, as content hashes, so merges can find the common revision. */
export const bundleHistorySchema = z.array(z.object({ revision: z.number().int().positive(), contentHash: z.string() }));

export const bundleEntrySchema = z.object({ development: developmentSchema, history: bundleHistorySchema });
export type BundleEntry = z.infer<typeof bundleEntrySchema>;

/** Read first, so a newer version is recognised before the rest of the file is judged. */
export const bundleHeaderSchema = z.object({ format: z.literal(BUNDLE_FORMAT), version: z.number().int().positive() });

export const bundleSchema = bundleHeaderSchema.extend({
  exportedAt: z.string(),
  entries: z.array(bundleEntrySchema),
});
export type Bundle = z.infer<typeof bundleSchema>;

export const CONFLICT_REASONS = ['both edited since the common revision', 'same revision, different content'] as const;

export const bundleConflictSchema = z.object({
  reason: z.enum(CONFLICT_REASONS),
  mine: developmentSchema,
  theirs: developmentSchema,
});
export type BundleConflict = z.infer<typeof bundleConflictSchema>;

export const bundleImportResultSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Kept as they are here because this library already has a later revision. */
  keptNewer: z.number().int(),
  conflicts: z.array(bundleConflictSchema),
});
export type BundleImportResult = z.infer<typeof bundleImportResultSchema>;

export const CONFLICT_RESOLUTIONS = ['keep mine', 'take theirs', 'keep both'] as const;
export type ConflictResolution = (typeof CONFLICT_RESOLUTIONS)[number];

export const resolveConflictArgsSchema = z
  .object({ resolution: z.enum(CONFLICT_RESOLUTIONS), theirs: developmentSchema })
  .strict();

export const exportBundleArgsSchema = z
  .object({ query: z.string().max(500).default(''), filters: searchFiltersSchema.default({}) })
  .strict();


/**
 * A bundle to import: its contents in the call (small bundles), or the id of an upload that
 * carried the file (the browser host's upload route, or the desktop shell's open dialog).
 */
export const importBundleArgsSchema = z.union([
  importFileArgsSchema,
  z.object({ fileName: z.string().min(1).max(255), uploadId: uploadIdSchema }).strict(),
]);
