import { BUNDLE_EXTENSION } from '../../../common/bundle';
import { createImportService } from '../import/importService';
import { exportBundle, importBundle, parseBundle, resolveConflict } from '../library/bundle';
import { importUploadedBundle } from '../library/bundleUpload';
import { restoreRevision } from '../library/restoreRevision';
import { addFromSnippet } from '../snippets/addFromSnippet';
import { citationsOf, libraryOf, type NamespaceHandlers, type ServiceDeps } from './serviceDeps';

/** The library of developments: search, edit and history, import, bundles, backlinks and repair. */
export function createLibraryHandlers(deps: ServiceDeps): NamespaceHandlers<'library'> {
  const library = () => libraryOf(deps);
  const imports = () => createImportService(library());
  return {
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
    'library.importFile': async ({ fileName, dataBase64 }) => imports().proposeFromFile(fileName, dataBase64),
    'library.importText': async ({ text }) => imports().proposeFromText(text),
    'library.saveImport': async (args) => imports().save(args.fields, args.action === 'replace' ? args.replaceId : undefined),
    'library.exportBundle': async ({ query, filters }) => {
      const bundle = exportBundle(library(), query, filters);
      const fileName = `brieflink-library-${bundle.exportedAt.slice(0, 10)}${BUNDLE_EXTENSION}`;
      const bytes = new TextEncoder().encode(JSON.stringify(bundle, null, 1));
      const outcome = await deps.deliverFile({ fileName, bytes, mimeType: 'application/json', typeName: 'Brieflink library bundle', extensions: ['json'] });
      return { count: bundle.entries.length, outcome };
    },
    // From an upload (the browser host's upload route, the shell's open dialog) or, for a small file, from the call itself.
    'library.importBundle': async (args) =>
      'uploadId' in args
        ? importUploadedBundle(library(), deps.uploads, args.fileName, args.uploadId)
        : importBundle(library(), parseBundle(args.fileName, Buffer.from(args.dataBase64, 'base64').toString('utf8'))),
    'library.resolveConflict': async ({ resolution, theirs }) => resolveConflict(library(), resolution, theirs),
    'library.backlinks': async ({ developmentId }) => citationsOf(deps).backlinks(developmentId),
    'library.addFromSnippet': async ({ noteId, snippetId }) => addFromSnippet(library(), deps.notes.open(noteId), snippetId),
    'library.repair': async (args) => deps.workspaceStatus.repair(args),
  };
}
