import { z } from 'zod';
import {
  developmentFieldsSchema,
  developmentIdSchema,
  developmentRevisionSchema,
  developmentSchema,
  SEARCH_SORTS,
  searchFiltersSchema,
  searchHitSchema,
  topicNameSchema,
} from './development';
import {
  bundleImportResultSchema,
  bundleOutcomeSchema,
  exportBundleArgsSchema,
  resolveConflictArgsSchema,
} from './bundle';
import { importFileArgsSchema, importProposalSchema, saveImportArgsSchema } from './libraryImport';
import { editorStateSchema } from './editorState';
import { noteIdSchema, noteMetadataSchema, noteSchema, noteSummarySchema } from './note';
import { settingsNoticeSchema, settingsPatchSchema, settingsSchema } from './settings';
import { templateSummarySchema } from './template';
import { METHOD_NAMES, type MethodName } from './methods';

export { IPC_PREFIX, METHOD_NAMES, type MethodName } from './methods';

const noArgs = z.object({}).strict();

/** How an exported file reached the user: saved by the desktop shell, or handed to the browser to download. */
export const exportOutcomeSchema = z.discriminatedUnion('delivery', [
  z.object({ delivery: z.literal('saved'), fileName: z.string(), pageCount: z.number().int() }),
  z.object({
    delivery: z.literal('download'),
    fileName: z.string(),
    pageCount: z.number().int(),
    dataBase64: z.string(),
  }),
  z.object({ delivery: z.literal('cancelled') }),
]);
export type ExportOutcome = z.infer<typeof exportOutcomeSchema>;

/**
 * Every back-end method: its arguments and its result. Both hosts validate arguments with
 * these schemas before any service runs; the renderer's client is typed from them.
 */
export const contract = {
  'app.info': {
    args: noArgs,
    result: z.object({ version: z.string(), host: z.enum(['electron', 'browser']), dataDir: z.string() }),
  },
  'settings.get': {
    args: noArgs,
    result: z.object({ settings: settingsSchema, notice: settingsNoticeSchema.nullable() }),
  },
  'settings.update': { args: settingsPatchSchema, result: settingsSchema },
  'templates.list': { args: noArgs, result: z.array(templateSummarySchema) },
  'notes.list': { args: noArgs, result: z.array(noteSummarySchema) },
  'notes.create': { args: z.object({ templateId: z.string().max(64) }).strict(), result: noteSchema },
  'notes.open': { args: z.object({ id: noteIdSchema }).strict(), result: noteSchema },
  'notes.save': {
    args: z.object({ id: noteIdSchema, metadata: noteMetadataSchema, body: editorStateSchema }).strict(),
    result: z.object({ revision: z.number().int(), updatedAt: z.string() }),
  },
  'notes.delete': { args: z.object({ id: noteIdSchema }).strict(), result: z.object({}) },
  'library.search': {
    args: z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(200).default(20),
        filters: searchFiltersSchema.default({}),
        sort: z.enum(SEARCH_SORTS).default('relevance'),
      })
      .strict(),
    result: z.array(searchHitSchema),
  },
  'library.get': { args: z.object({ id: developmentIdSchema }).strict(), result: developmentSchema },
  'library.create': { args: z.object({ fields: developmentFieldsSchema }).strict(), result: developmentSchema },
  'library.update': {
    args: z.object({ id: developmentIdSchema, fields: developmentFieldsSchema, revision: z.number().int().positive() }).strict(),
    result: developmentSchema,
  },
  'library.trash': { args: z.object({ id: developmentIdSchema }).strict(), result: z.object({}) },
  'library.restore': { args: z.object({ id: developmentIdSchema }).strict(), result: developmentSchema },
  'library.revisions': { args: z.object({ id: developmentIdSchema }).strict(), result: z.array(developmentRevisionSchema) },
  'library.topics': { args: noArgs, result: z.array(z.string()) },
  'library.addTopic': { args: z.object({ name: topicNameSchema }).strict(), result: z.array(z.string()) },
  'library.facets': { args: noArgs, result: z.object({ jurisdictions: z.array(z.string()), topics: z.array(z.string()) }) },
  'library.importFile': { args: importFileArgsSchema, result: importProposalSchema },
  'library.importText': { args: z.object({ text: z.string().max(5_000_000) }).strict(), result: importProposalSchema },
  'library.saveImport': { args: saveImportArgsSchema, result: developmentSchema },
  'library.exportBundle': { args: exportBundleArgsSchema, result: bundleOutcomeSchema },
  'library.importBundle': { args: importFileArgsSchema, result: bundleImportResultSchema },
  'library.resolveConflict': { args: resolveConflictArgsSchema, result: developmentSchema },
  'export.pdf': { args: z.object({ noteId: noteIdSchema }).strict(), result: exportOutcomeSchema },
} as const satisfies Record<MethodName, { args: z.ZodType; result: z.ZodType }>;

export type Contract = typeof contract;
export type MethodArgs<M extends MethodName> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends MethodName> = z.output<Contract[M]['args']>;
export type MethodResult<M extends MethodName> = z.output<Contract[M]['result']>;

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}

/** The implementation side: one function per method, given already-validated arguments. */
export type Handlers = { [M in MethodName]: (args: ParsedArgs<M>) => Promise<MethodResult<M>> };

/** Largest request body either host accepts (a long note with many snippets stays well under it). */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;
