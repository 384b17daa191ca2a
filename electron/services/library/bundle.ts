import crypto from 'node:crypto';
import { z } from 'zod';
import {
  bundleEntrySchema,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  bundleHeaderSchema,
  type Bundle,
  type BundleConflict,
  type BundleEntry,
  type BundleImportResult,
  type ConflictResolution,
} from '../../../common/bundle';
import { developmentFieldsSchema, type Development, type SearchFilters } from '../../../common/development';
import { classifySource, type SourceMatch, type SourceState } from '../../../common/noteShare';
import { AppError } from '../../../common/result';
import { readVersionedHeader, type VersionedFormat } from '../../../common/versionedJson';
import type { LibraryService } from './library';

/** What a development says, without its revision and times: equal hashes mean equal content. */
export function contentHash(development: Development): string {
  const fields = developmentFieldsSchema.parse(development);
  const canonical = JSON.stringify(Object.keys(fields).sort().map((key) => [key, fields[key as keyof typeof fields]]));
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

export function entryOf(library: LibraryService, development: Development): BundleEntry {
  const history = library.revisions(development.id).map((r) => ({ revision: r.revision, contentHash: contentHash(r.development) }));
  history.unshift({ revision: development.revision, contentHash: contentHash(development) });
  return { development, history };
}

/** The library, or the part a search and filters select, as one bundle. */
export function exportBundle(library: LibraryService, query: string, filters: SearchFilters, now = new Date()): Bundle {
  const developments = query.trim()
    ? library.search(query, 100_000, { filters }).map((hit) => library.get(hit.id))
    : library.all(filters);
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: now.toISOString(), entries: developments.map((d) => entryOf(library, d)) };
}

/** Reads a bundle file, refusing a newer format or anything that is not a valid bundle with a clear message. */
export function parseBundle(fileName: string, text: string): Bundle {
  return parseBundleJson(fileName, parseJson(fileName, text));
}

const bundleShellSchema = bundleHeaderSchema.extend({ exportedAt: z.string(), entries: z.array(z.unknown()) });

/**
 * A bundle's format, with every refusal naming the file. Its entries are checked one by one
 * (see parseBundleJson), not by one schema over the whole file.
 */
function bundleFormat(fileName: string): VersionedFormat<z.infer<typeof bundleHeaderSchema>, z.infer<typeof bundleShellSchema>> {
  return {
    header: bundleHeaderSchema,
    versionOf: (header) => header.version,
    newest: BUNDLE_VERSION,
    schema: bundleShellSchema,
    notJson: () => new AppError('BUNDLE_INVALID', `${fileName}: this is not a Brieflink library bundle (it is not JSON).`),
    notThisFormat: () => new AppError('BUNDLE_INVALID', `${fileName}: this is not a Brieflink library bundle.`),
    newer: (version) =>
      new AppError(
        'BUNDLE_FROM_NEWER_VERSION',
        `${fileName}: this bundle was made by a newer version of Brieflink (bundle format ${version}; this version reads up to ${BUNDLE_VERSION}). Update Brieflink to import it.`,
      ),
    damaged: (error) => damaged(fileName, error.issues[0]),
  };
}

/** The file's JSON; kept apart so the caller's text can be freed as soon as it is parsed. */
export function parseJson(fileName: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw bundleFormat(fileName).notJson();
  }
}

function damaged(fileName: string, issue: z.core.$ZodIssue, prefix: PropertyKey[] = []): AppError {
  return new AppError('BUNDLE_INVALID', `${fileName}: this bundle is damaged (${[...prefix, ...issue.path].map(String).join('.')}: ${issue.message}).`);
}

function checkShell(fileName: string, json: unknown): void {
  const shell = bundleShellSchema.safeParse(json);
  if (!shell.success) throw bundleFormat(fileName).damaged(shell.error);
}

/**
 * Checks parsed JSON as a bundle. Entries are validated one by one and each raw entry is
 * replaced by its checked copy, so a large bundle is never held twice over.
 */
export function parseBundleJson(fileName: string, json: unknown): Bundle {
  const header = readVersionedHeader(json, bundleFormat(fileName));
  checkShell(fileName, json);
  const { exportedAt, entries } = json as { exportedAt: string; entries: unknown[] };
  for (let index = 0; index < entries.length; index++) {
    const entry = bundleEntrySchema.safeParse(entries[index]);
    if (!entry.success) throw damaged(fileName, entry.error.issues[0], ['entries', index]);
    entries[index] = entry.data;
  }
  return { format: header.format, version: header.version, exportedAt, entries: entries as BundleEntry[] };
}

type Plan = { kind: 'add' | 'update' | 'unchanged' | 'kept newer' } | { kind: 'conflict'; conflict: BundleConflict };

/** The states an incoming entry and the local entry of its id passed through, for classifySource. */
export const sourceStateOf = (entry: BundleEntry): SourceState => ({
  revision: entry.development.revision,
  contentHash: contentHash(entry.development),
  history: entry.history,
});

/** How an incoming entry compares with this library's entry of the same id (see classifySource). */
export function compareWithLibrary(library: LibraryService, entry: BundleEntry): { match: SourceMatch; mine: Development | null } {
  const mine = library.find(entry.development.id);
  return { match: classifySource(sourceStateOf(entry), mine ? sourceStateOf(entryOf(library, mine)) : null), mine };
}

/**
 * Decides what one incoming development does to this library. A side is "ahead" only if
 * the other side's current content appears in its history at that revision; anything
 * else where both moved is a conflict for the user, never a silent overwrite.
 */
function plan(library: LibraryService, entry: BundleEntry): Plan {
  const theirs = entry.development;
  const { match, mine } = compareWithLibrary(library, entry);
  switch (match) {
    case 'missing':
      return { kind: 'add' };
    case 'same':
      return { kind: 'unchanged' };
    case 'older':
      return { kind: 'update' };
    case 'newer':
      return { kind: 'kept newer' };
    case 'collision': {
      const reason = mine!.revision === theirs.revision ? 'same revision, different content' : 'both edited since the common revision';
      return { kind: 'conflict', conflict: { reason, mine: mine!, theirs } };
    }
  }
}

/** Merges a bundle: new and fast-forward entries are written in one transaction; conflicts are returned for the user. */
export function importBundle(library: LibraryService, bundle: Bundle): BundleImportResult {
  const result: BundleImportResult = { added: 0, updated: 0, unchanged: 0, keptNewer: 0, conflicts: [] };
  library.transaction(() => {
    for (const entry of bundle.entries) {
      const decision = plan(library, entry);
      switch (decision.kind) {
        case 'add':
          library.put(entry.development);
          result.added++;
          break;
        case 'update':
          library.put(entry.development);
          result.updated++;
          break;
        case 'unchanged':
          result.unchanged++;
          break;
        case 'kept newer':
          result.keptNewer++;
          break;
        case 'conflict':
          result.conflicts.push(decision.conflict);
      }
    }
  });
  return result;
}

/** Applies the user's choice for one conflict. Taking theirs is an edit here: the revision goes up and mine is kept. */
export function resolveConflict(library: LibraryService, resolution: ConflictResolution, theirs: Development): Development {
  const mine = library.find(theirs.id);
  if (!mine) throw new AppError('NOT_FOUND', 'This development is no longer in the library.');
  const fields = developmentFieldsSchema.parse(theirs);
  switch (resolution) {
    case 'keep mine':
      return mine;
    case 'take theirs':
      return library.transaction(() => {
        if (library.find(theirs.id)?.revision !== mine.revision) throw new AppError('REVISION_CONFLICT', 'This development changed meanwhile.');
        library.restore(mine.id);
        return library.update(mine.id, fields, mine.revision);
      });
    case 'keep both':
      return library.create(fields);
  }
}
