import { BUNDLE_EXTENSION, type BundleOutcome } from '../../common/bundle';
import type { ExportOutcome, Handlers } from '../../common/contract';
import { applySettingsPatch } from '../../common/settings';
import { AppError } from '../../common/result';
import type { PdfPrinter } from './export/pdfPrinter';
import { renderNotePdf, type PdfFile } from './exportPdf';
import { createImportService } from './import/importService';
import { exportBundle, importBundle, parseBundle, resolveConflict } from './library/bundle';
import type { LibraryService } from './library/library';
import type { NoteService } from './notes';
import type { SettingsStore } from './settings/settingsStore';
import type { TemplateService } from './templates';
import type { Workspace } from './workspace';

export interface ServiceDeps {
  host: 'electron' | 'browser';
  version: string;
  workspace: Workspace;
  settings: SettingsStore;
  templates: TemplateService;
  notes: NoteService;
  /** The library, or why it could not be opened; the rest of the app works without it. */
  library: LibraryService | Error;
  printer: PdfPrinter;
  /** How a finished file reaches the user: a save dialog in the shell, a download in the browser. */
  deliverPdf(file: PdfFile): Promise<ExportOutcome>;
  /** The same for a library bundle; without it, the bundle is handed back as a download. */
  deliverBundle?(file: BundleFile): Promise<BundleOutcome>;
}

export interface BundleFile {
  fileName: string;
  bytes: Uint8Array;
  count: number;
}

/** The browser cannot be handed a path: it receives the bytes and offers them as a download. */
export async function bundleAsDownload(file: BundleFile): Promise<BundleOutcome> {
  return { delivery: 'download', fileName: file.fileName, count: file.count, dataBase64: Buffer.from(file.bytes).toString('base64') };
}

/** The contract's handlers over the services, shared by both hosts. */
export function createHandlers(deps: ServiceDeps): Handlers {
  const library = (): LibraryService => {
    if (deps.library instanceof Error) {
      throw new AppError('LIBRARY_UNAVAILABLE', `The library could not be opened: ${deps.library.message}`);
    }
    return deps.library;
  };

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
    'notes.save': async ({ id, metadata, body }) => deps.notes.save(id, metadata, body),
    'notes.delete': async ({ id }) => {
      deps.notes.remove(id);
      return {};
    },
    'library.search': async ({ query, limit, filters, sort }) => library().search(query, limit, { filters, sort }),
    'library.get': async ({ id }) => library().get(id),
    'library.create': async ({ fields }) => library().create(fields),
    'library.update': async ({ id, fields, revision }) => library().update(id, fields, revision),
    'library.trash': async ({ id }) => {
      library().trash(id);
      return {};
    },
    'library.restore': async ({ id }) => library().restore(id),
    'library.revisions': async ({ id }) => library().revisions(id),
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
      return (deps.deliverBundle ?? bundleAsDownload)({ fileName, bytes, count: bundle.entries.length });
    },
    'library.importBundle': async ({ fileName, dataBase64 }) =>
      importBundle(library(), parseBundle(fileName, Buffer.from(dataBase64, 'base64').toString('utf8'))),
    'library.resolveConflict': async ({ resolution, theirs }) => resolveConflict(library(), resolution, theirs),
    'export.pdf': async ({ noteId }) => deps.deliverPdf(await renderNotePdf(deps.notes.open(noteId), deps.printer)),
  };
}
