import { z } from 'zod';
import {
  developmentFieldsSchema,
  developmentIdSchema,
  developmentRevisionSchema,
  developmentSchema,
  SEARCH_SORTS,
  SEARCH_SCOPES,
  searchFiltersSchema,
  searchHitSchema,
  topicNameSchema,
} from './development';
import {
  bundleImportResultSchema,
  exportBundleArgsSchema,
  importBundleArgsSchema,
  resolveConflictArgsSchema,
} from './bundle';
import { importFileArgsSchema, importProposalSchema, saveImportArgsSchema } from './libraryImport';
import { chosenUploadSchema, UPLOAD_KINDS } from './uploads';
import { editorStateOrTextSchema, editorStateSchema } from './editorState';
import { noteIdSchema, noteMetadataSchema, noteSchema, noteSummarySchema } from './note';
import { clearanceListSchema, noteStatusSchema } from './clearance';
import { commentThreadsSchema } from './comments';
import { sectionStatsSchema } from './noteStructure';
import { CITATION_STYLES } from './citations';
import { snippetStatusReportSchema } from './snippetStatus';
import { firstPageCheckSchema } from './firstPage';
import { backlinkSchema } from './backlinks';
import { noteLanguageSchema } from './noteLanguageFormat';
import { settingsNoticeSchema, settingsPatchSchema, settingsSchema } from './settings';
import { templateSchema, templateSummarySchema } from './template';
import {
  readOnlyNoteSchema,
  snapshotIdSchema,
  snapshotPreviewSchema,
  snapshotSummarySchema,
  trashIdSchema,
  trashedNoteSchema,
} from './noteHistory';
import { MAX_TEMPLATE_FILE_BYTES, templateCatalogEntrySchema } from './userTemplates';
import { METHOD_NAMES, type MethodName } from './methods';
import { PRINT_PAGE_PATH } from './printPage';
import { resolveSharedSourceArgsSchema, sharedNoteImportResultSchema } from './noteShare';
import { libraryRepairArgsSchema, workspaceStatusSchema } from './libraryHealth';
import { noteComparisonSchema, versionRefSchema } from './compare/noteComparison';
import { personalWordSchema, personalWordsSchema } from './personalWords';

export { IPC_PREFIX, METHOD_NAMES, type MethodName } from './methods';

const noArgs = z.object({}).strict();

/**
 * How a file reached the user: saved by the desktop shell where the user chose, or handed
 * to the browser to download. A PDF knows its page count; a DOCX has none until a word
 * processor lays it out.
 */
export const fileOutcomeSchema = z.discriminatedUnion('delivery', [
  z.object({ delivery: z.literal('saved'), fileName: z.string(), pageCount: z.number().int().optional(), notice: z.string().optional() }),
  z.object({
    delivery: z.literal('download'),
    fileName: z.string(),
    mimeType: z.string(),
    dataBase64: z.string(),
    pageCount: z.number().int().optional(),
    /** Something the user should know that did not stop the export (the snapshot before it could not be kept). */
    notice: z.string().optional(),
  }),
  z.object({ delivery: z.literal('cancelled') }),
]);
export type FileOutcome = z.infer<typeof fileOutcomeSchema>;

const templateIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'not a template id');
const noteAndSnapshot = z.object({ noteId: noteIdSchema, snapshotId: snapshotIdSchema }).strict();
const savedNote = z.object({ revision: z.number().int(), updatedAt: z.string() });

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
  /**
   * Refused with REVISION_CONFLICT unless the note is still at `baseRevision` (the revision
   * the window's changes were made on). `keepMine`: the user chose this version over one
   * saved elsewhere; that version is kept in the note's history first.
   */
  'notes.save': {
    args: z
      .object({
        id: noteIdSchema,
        metadata: noteMetadataSchema,
        body: editorStateOrTextSchema,
        baseRevision: z.number().int().nonnegative(),
        keepMine: z.boolean().optional(),
        /** The note's status and clearance list, saved with the rest; absent: left as they are in the file. */
        status: noteStatusSchema.optional(),
        clearance: clearanceListSchema.optional(),
        /** The note's comment threads, saved with the body that holds their marks; absent: left as they are. */
        comments: commentThreadsSchema.optional(),
        /** The note's language; absent: left as it is in the file. */
        language: noteLanguageSchema.optional(),
      })
      .strict(),
    /** `sections`: words per section of the note as saved, so the window never walks the long body to count them. */
    result: z.object({ revision: z.number().int(), updatedAt: z.string(), sections: z.array(sectionStatsSchema) }),
  },
  /**
   * Pages the note as saved would print to, from the real print layout. The editor saves a
   * moment after every change and then asks, so the draft crosses to the back end once.
   */
  'notes.pageCount': {
    args: z.object({ id: noteIdSchema }).strict(),
    result: z.object({
      pageCount: z.number().int().nonnegative(),
      /** For templates with sections that must end on page 1: where each ends in that same print. */
      firstPage: z.array(firstPageCheckSchema).optional(),
      /** Pages of a sources annex at the end of `pageCount`, outside the page limit (common/printedLength.ts). */
      annexPages: z.number().int().nonnegative().optional(),
    }),
  },
  'notes.delete': { args: z.object({ id: noteIdSchema }).strict(), result: z.object({}) },
  'library.search': {
    args: z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(200).default(20),
        filters: searchFiltersSchema.default({}),
        sort: z.enum(SEARCH_SORTS).default('relevance'),
        scope: z.enum(SEARCH_SCOPES).default('everything'),
      })
      .strict(),
    result: z.array(searchHitSchema),
  },
  'library.get': { args: z.object({ id: developmentIdSchema }).strict(), result: developmentSchema },
  'export.pdf': {
    args: z.object({ noteId: noteIdSchema, draft: z.boolean().default(false) }).strict(),
    result: fileOutcomeSchema,
  },
  /** The saved note printed exactly as export.pdf prints it, for the in-app preview. */
  'export.preview': {
    args: z.object({ noteId: noteIdSchema, draft: z.boolean().default(false) }).strict(),
    result: z.object({ pageCount: z.number().int(), dataBase64: z.string() }),
  },
  'export.docx': {
    args: z.object({ noteId: noteIdSchema, draft: z.boolean().default(false) }).strict(),
    result: fileOutcomeSchema,
  },
  /**
   * Print…: the saved note's print document, exactly as export.pdf prints it, made a page the
   * host serves once on the window's own origin; the window prints it in a hidden frame.
   */
  'export.print': {
    args: z.object({ noteId: noteIdSchema, draft: z.boolean().default(false) }).strict(),
    result: z.object({ path: z.string().regex(PRINT_PAGE_PATH) }).strict(),
  },
  'notes.duplicate': { args: z.object({ id: noteIdSchema }).strict(), result: noteSummarySchema },
  'notes.rename': {
    args: z.object({ id: noteIdSchema, title: z.string().trim().min(1).max(2000), baseRevision: z.number().int().nonnegative() }).strict(),
    result: savedNote,
  },
  /** "Keep both" after a conflict: this window's version as a new note "<title> (copy)"; the note itself is not changed. */
  'notes.saveAsCopy': {
    args: z
      .object({
        id: noteIdSchema,
        metadata: noteMetadataSchema,
        body: editorStateOrTextSchema,
        /** The window's own review parts, which go with its body (its comment marks); absent: the note's. */
        status: noteStatusSchema.optional(),
        clearance: clearanceListSchema.optional(),
        comments: commentThreadsSchema.optional(),
        language: noteLanguageSchema.optional(),
      })
      .strict(),
    result: noteSummarySchema,
  },
  'notes.trash.list': { args: noArgs, result: z.array(trashedNoteSchema) },
  'notes.trash.restore': { args: z.object({ trashId: trashIdSchema }).strict(), result: z.object({ noteId: noteIdSchema }) },
  'notes.history.list': { args: z.object({ noteId: noteIdSchema }).strict(), result: z.array(snapshotSummarySchema) },
  'notes.history.preview': { args: noteAndSnapshot, result: snapshotPreviewSchema },
  'notes.history.restore': { args: noteAndSnapshot, result: noteSchema },
  /** A word-level redline from one version to another: snapshots in History, or the note as saved now. */
  'notes.history.compare': {
    args: z.object({ noteId: noteIdSchema, from: versionRefSchema, to: versionRefSchema }).strict(),
    result: noteComparisonSchema,
  },
  /** The redline from the version the user (by the name in their settings) cleared to the note as saved now. */
  'notes.history.sinceCleared': {
    args: z.object({ noteId: noteIdSchema }).strict(),
    result: z.object({ comparison: noteComparisonSchema, clearedAt: z.string() }),
  },
  'notes.recover': { args: z.object({ noteId: noteIdSchema }).strict(), result: noteSchema },
  'notes.openReadOnly': { args: z.object({ id: noteIdSchema }).strict(), result: readOnlyNoteSchema },
  'templates.catalog': { args: noArgs, result: z.array(templateCatalogEntrySchema) },
  'templates.get': { args: z.object({ id: templateIdSchema }).strict(), result: templateSchema },
  'templates.saveFromNote': {
    args: z.object({ noteId: noteIdSchema, name: z.string().trim().min(1).max(120) }).strict(),
    result: templateSummarySchema,
  },
  // The template is checked by the service against templateSchema, so its errors name each field.
  'templates.update': { args: z.object({ template: z.looseObject({}) }).strict(), result: templateSummarySchema },
  'templates.duplicate': { args: z.object({ id: templateIdSchema }).strict(), result: templateSummarySchema },
  'templates.delete': { args: z.object({ id: templateIdSchema }).strict(), result: z.object({}) },
  'templates.import': {
    args: z.object({ fileName: z.string().max(255), contents: z.string().max(MAX_TEMPLATE_FILE_BYTES) }).strict(),
    result: templateSummarySchema,
  },
  'templates.export': { args: z.object({ id: templateIdSchema }).strict(), result: fileOutcomeSchema },
  'library.create': { args: z.object({ fields: developmentFieldsSchema }).strict(), result: developmentSchema },
  'library.update': {
    args: z.object({ id: developmentIdSchema, fields: developmentFieldsSchema, revision: z.number().int().positive() }).strict(),
    result: developmentSchema,
  },
  'library.trash': { args: z.object({ id: developmentIdSchema }).strict(), result: z.object({}) },
  'library.restore': { args: z.object({ id: developmentIdSchema }).strict(), result: developmentSchema },
  'library.revisions': { args: z.object({ id: developmentIdSchema }).strict(), result: z.array(developmentRevisionSchema) },
  /** An earlier revision's content saved as a new revision (history is kept); refused if the development moved past `currentRevision`. */
  'library.restoreRevision': {
    args: z.object({ id: developmentIdSchema, revision: z.number().int().positive(), currentRevision: z.number().int().positive() }).strict(),
    result: developmentSchema,
  },
  'library.topics': { args: noArgs, result: z.array(z.string()) },
  'library.addTopic': { args: z.object({ name: topicNameSchema }).strict(), result: z.array(z.string()) },
  'library.facets': { args: noArgs, result: z.object({ jurisdictions: z.array(z.string()), topics: z.array(z.string()) }) },
  'library.importFile': { args: importFileArgsSchema, result: importProposalSchema },
  'library.importText': { args: z.object({ text: z.string().max(5_000_000) }).strict(), result: importProposalSchema },
  'library.saveImport': { args: saveImportArgsSchema, result: developmentSchema },
  'library.exportBundle': { args: exportBundleArgsSchema, result: z.object({ count: z.number().int(), outcome: fileOutcomeSchema }) },
  'library.importBundle': { args: importBundleArgsSchema, result: bundleImportResultSchema },
  /** Desktop shell only: the user picks a file in the shell's own open dialog and it becomes an upload (the path never reaches the window). */
  'uploads.chooseFile': { args: z.object({ kind: z.enum(UPLOAD_KINDS) }).strict(), result: chosenUploadSchema },
  'library.resolveConflict': { args: resolveConflictArgsSchema, result: developmentSchema },
  /** How the note's export cites its linked snippets: numbered markers and a Sources list, or none. */
  'notes.setCitationStyle': {
    args: z.object({ noteId: noteIdSchema, citationStyle: z.enum(CITATION_STYLES) }).strict(),
    result: savedNote,
  },
  /**
   * Freshness of a note's linked snippets: of the saved note ({ noteId }), or of the editor's
   * unsaved body ({ body }) so flags follow the text as it is being edited.
   */
  'snippets.status': {
    args: z.union([z.object({ noteId: noteIdSchema }).strict(), z.object({ body: editorStateSchema }).strict()]),
    result: snippetStatusReportSchema,
  },
  /**
   * "Freeze links": snapshots the saved note (reason 'before-freeze'), then saves it with every
   * linked snippet frozen (text and citations kept). The editor saves first and reloads after.
   */
  'notes.freezeLinks': {
    args: z.object({ noteId: noteIdSchema }).strict(),
    result: savedNote.extend({ frozen: z.number().int().nonnegative() }),
  },
  /** The notes citing a development, most recently updated first, each with its first citing snippet. */
  'library.backlinks': { args: z.object({ developmentId: developmentIdSchema }).strict(), result: z.array(backlinkSchema) },
  /**
   * "Add to my library" for a snippet whose source is missing: a development made from what the
   * snippet carries, under its development id; refused when that id is taken (nothing is overwritten).
   */
  'library.addFromSnippet': {
    args: z.object({ noteId: noteIdSchema, snippetId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'not a snippet id') }).strict(),
    result: developmentSchema,
  },
  /** One note and the library entries it cites, as a `*.brieflink-note.json` file for a colleague. */
  'notes.share': { args: z.object({ noteId: noteIdSchema }).strict(), result: z.object({ sources: z.number().int(), outcome: fileOutcomeSchema }) },
  /** Adds a shared note as a new note and compares its sources with the library (which it never changes). */
  'notes.importShared': { args: importFileArgsSchema, result: sharedNoteImportResultSchema },
  /** Settles a source a note keeps because it differs from the library entry with its id. */
  'notes.resolveSharedSource': { args: resolveSharedSourceArgsSchema, result: savedNote.extend({ developmentId: developmentIdSchema }) },
  /** Why nothing can be saved (a read-only workspace) and what is wrong with the library, for the banner. */
  'workspace.status': { args: noArgs, result: workspaceStatusSchema },
  /** Repairs a library that could not be opened: a backup put in place, or an empty library with the notes index rebuilt. */
  'library.repair': { args: libraryRepairArgsSchema, result: workspaceStatusSchema },
  /** The personal dictionary's words, and why its file could not be read if so. */
  'spelling.personalWords': { args: noArgs, result: personalWordsSchema },
  /** "Add to dictionary": one word, kept in the workspace. */
  'spelling.addPersonalWord': { args: z.object({ word: personalWordSchema }).strict(), result: personalWordsSchema },
  /**
   * "Import review from DOCX": a reviewer's Word comments on a DOCX exported from this note,
   * added to the note on the same text. The file's bytes come from the window, base64, within
   * the import size limit; the note is named by id.
   */
  'notes.importReview': {
    args: z.object({ noteId: noteIdSchema, fileName: z.string().min(1).max(255), dataBase64: z.string() }).strict(),
    result: savedNote.extend({ added: z.number().int().nonnegative(), replies: z.number().int().nonnegative(), message: z.string() }),
  },
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
