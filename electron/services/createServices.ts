import type { FileOutcome, Handlers } from '../../common/contract';
import { applySettingsPatch } from '../../common/settings';
import { AppError } from '../../common/result';
import type { PdfPrinter } from './export/pdfPrinter';
import { renderNoteDocx } from './exportDocx';
import { renderNotePdf, type ExportOptions } from './exportPdf';
import { layoutPrintPage, measurePrintLayout, type NotePrintLayout } from './export/notePrintLayout';
import { createPageCounter } from './export/pageCounter';
import { BUNDLE_EXTENSION } from '../../common/bundle';
import { createImportService } from './import/importService';
import { exportBundle, resolveConflict } from './library/bundle';
import type { LibraryService } from './library/library';
import type { LibraryState } from './library/libraryState';
import { restoreRevision } from './library/restoreRevision';
import type { CitationIndex } from './library/noteCitations';
import type { NoteService } from './notes';
import type { SettingsStore } from './settings/settingsStore';
import type { TemplateService } from './templates';
import type { Workspace } from './workspace';
import type { DeliverableFile } from './deliverFile';
import { createNoteExtraHandlers } from './notes/noteHandlers';
import { createSnapshotStore } from './notes/snapshots';
import { createTemplateHandlers } from './templateHandlers';
import { createUploadHandlers, type ChooseFile } from './uploads/uploadHandlers';
import { createUploadStore, type UploadStore } from './uploads/uploadStore';
import { citations, createSnippetHandlers, withTrashReindex } from './snippets/snippetHandlers';
import { createShareHandlers } from './notes/shareHandlers';

export interface ServiceDeps {
  host: 'electron' | 'browser';
  version: string;
  workspace: Workspace;
  settings: SettingsStore;
  templates: TemplateService;
  notes: NoteService;
  /** The library, or why it could not be opened; the rest of the app works without it. */
  library: LibraryService | Error;
  /** The backlinks index (in library.db), or why it is unavailable; absent where nothing indexes. */
  citations?: CitationIndex | Error;
  printer: PdfPrinter;
  /** How a finished file reaches the user: a save dialog in the shell, a download in the browser. */
  deliverFile(file: DeliverableFile): Promise<FileOutcome>;
  /** Large files (bundles) waiting for the call that uses them; a store in the workspace when absent. */
  uploads?: UploadStore;
  /** The desktop shell's open dialog; absent in the browser host, which receives uploads instead. */
  chooseFile?: ChooseFile;
  /** A read-only workspace, a damaged library and its repair. */
  workspaceStatus: Pick<LibraryState, 'status' | 'repair'>;
}

/** An export goes on when the snapshot before it was refused (a read-only workspace); the user is told. */
function withNotice(outcome: FileOutcome, snapshot: { skipped: string } | object): FileOutcome {
  if (!('skipped' in snapshot) || outcome.delivery === 'cancelled') return outcome;
  return { ...outcome, notice: snapshot.skipped };
}

/** The contract's handlers over the services, shared by both hosts. */
export function createHandlers(deps: ServiceDeps): Handlers {
  const library = (): LibraryService => {
    if (deps.library instanceof Error) {
      throw new AppError('LIBRARY_UNAVAILABLE', `The library could not be opened: ${deps.library.message}`);
    }
    return deps.library;
  };
  const snapshots = createSnapshotStore(deps.workspace);

  const exportOptions = (draft: boolean): ExportOptions => ({ draft, author: deps.settings.read().author, version: deps.version });
  const pageCounter = createPageCounter<NotePrintLayout>(
    (note) => layoutPrintPage(note, { draft: false }),
    (note, html, previous) => measurePrintLayout(note, deps.printer, html, previous),
  );

  return {
    'app.info': async () => ({ version: deps.version, host: deps.host, dataDir: deps.workspace.root }),
    'settings.get': async () => ({ settings: deps.settings.read(), notice: deps.settings.notice }),
    'settings.update': async (patch) => {
      const next = applySettingsPatch(deps.settings.read(), patch);
      deps.settings.write(next);
      return next;
    },
    'templates.list': async () => deps.templates.list(),
    'notes.list': async () => deps.notes.list(),
    'notes.create': async ({ templateId }) => {
      const author = deps.settings.read().author;
      return deps.notes.create(deps.templates.get(templateId), {
        from: author.name,
        date: new Date().toISOString().slice(0, 10),
      });
    },
    'notes.open': async ({ id }) => deps.notes.open(id),
    'notes.save': async ({ id, metadata, body, baseRevision, keepMine, status, clearance }) => {
      if (keepMine) {
        // The version this one replaces was saved elsewhere and never seen here: keep it in History.
        const theirs = deps.notes.open(id);
        if (theirs.revision === baseRevision) snapshots.take(theirs, 'before-keep-mine');
      }
      const saved = deps.notes.save(id, metadata, body, baseRevision, { status, clearance });
      snapshots.takeIfDue(id, () => deps.notes.open(id));
      return saved;
    },
    'notes.pageCount': async ({ id }) => pageCounter.count(deps.notes.open(id)),
    'notes.delete': async ({ id }) => {
      deps.notes.remove(id);
      return {};
    },
    'library.search': async ({ query, limit, filters, sort, scope }) => library().search(query, limit, { filters, sort, scope }),
    'library.get': async ({ id }) => library().get(id),
    'library.create': async ({ fields }) => library().create(fields),
    'library.update': async ({ id, fields, revision }) => library().update(id, fields, revision),
    'library.trash': async ({ id }) => {
      library().trash(id);
      return {};
    },
    'library.restore': async ({ id }) => library().restore(id),
    'library.revisions': async ({ id }) => library().revisions(id),
    'library.restoreRevision': async ({ id, revision, currentRevision }) => restoreRevision(library(), id, revision, currentRevision),
    'library.topics': async () => library().topics(),
    'library.addTopic': async ({ name }) => library().addTopic(name),
    'library.facets': async () => library().facets(),
    'library.importFile': async ({ fileName, dataBase64 }) => createImportService(library()).proposeFromFile(fileName, dataBase64),
    'library.importText': async ({ text }) => createImportService(library()).proposeFromText(text),
    'library.saveImport': async (args) =>
      createImportService(library()).save(args.fields, args.action === 'replace' ? args.replaceId : undefined),
    'library.exportBundle': async ({ query, filters }) => {
      const bundle = exportBundle(library(), query, filters);
      const fileName = `brieflink-library-${bundle.exportedAt.slice(0, 10)}${BUNDLE_EXTENSION}`;
      const bytes = new TextEncoder().encode(JSON.stringify(bundle, null, 1));
      const outcome = await deps.deliverFile({ fileName, bytes, mimeType: 'application/json', typeName: 'Brieflink library bundle', extensions: ['json'] });
      return { count: bundle.entries.length, outcome };
    },
    'library.resolveConflict': async ({ resolution, theirs }) => resolveConflict(library(), resolution, theirs),
    'workspace.status': async () => deps.workspaceStatus.status(),
    'library.repair': async (args) => deps.workspaceStatus.repair(args),
    'export.pdf': async ({ noteId, draft }) => {
      const note = deps.notes.open(noteId);
      const snapshot = snapshots.takeUnlessRefused(note, 'export');
      return withNotice(await deps.deliverFile(await renderNotePdf(note, deps.printer, exportOptions(draft))), snapshot);
    },
    'export.preview': async ({ noteId, draft }) => {
      const file = await renderNotePdf(deps.notes.open(noteId), deps.printer, exportOptions(draft));
      return { pageCount: file.pageCount ?? 0, dataBase64: Buffer.from(file.bytes).toString('base64') };
    },
    'export.docx': async ({ noteId, draft }) => {
      const note = deps.notes.open(noteId);
      const snapshot = snapshots.takeUnlessRefused(note, 'export');
      return withNotice(await deps.deliverFile(await renderNoteDocx(note, exportOptions(draft))), snapshot);
    },
    ...withTrashReindex(createNoteExtraHandlers(deps.workspace, deps.notes, snapshots), deps),
    ...createTemplateHandlers(deps.workspace, deps.templates, deps.notes, deps.deliverFile),
    ...createUploadHandlers({ library, uploads: deps.uploads ?? createUploadStore(deps.workspace.root), chooseFile: deps.chooseFile }),
    ...createSnippetHandlers({ notes: deps.notes, snapshots, library, citations: () => citations(deps) }),
    ...createShareHandlers({ notes: deps.notes, library, deliverFile: deps.deliverFile }),
  };
}
