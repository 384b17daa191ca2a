/**
 * The names of the back end's methods, kept apart from their schemas so the sandboxed
 * preload can list them without bundling zod. contract.ts must define exactly these.
 */
export const METHOD_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'templates.list',
  'notes.list',
  'notes.create',
  'notes.open',
  'notes.save',
  'notes.pageCount',
  'notes.delete',
  'library.search',
  'library.get',
  'export.pdf',
  'notes.duplicate',
  'notes.rename',
  'notes.trash.list',
  'notes.trash.restore',
  'notes.history.list',
  'notes.history.preview',
  'notes.history.restore',
  'notes.recover',
  'notes.openReadOnly',
  'templates.catalog',
  'templates.get',
  'templates.saveFromNote',
  'templates.update',
  'templates.duplicate',
  'templates.delete',
  'templates.import',
  'templates.export',
  'export.preview',
  'export.docx',
  'notes.setCitationStyle',
  'snippets.status',
  'notes.freezeLinks',
  'library.backlinks',
  'library.addFromSnippet',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** The channel prefix for IPC in the desktop shell. */
export const IPC_PREFIX = 'brieflink:';
