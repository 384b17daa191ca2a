import type { MethodName } from './methods';

/**
 * Why the disk or the library said no, told apart from the error codes Node (errno) and
 * SQLite put on their errors. Pure: it reads an error's `code` and nothing else, so both
 * hosts, the command line and the tests share one wording.
 */
export type StorageProblem =
  | 'full'
  | 'quota'
  | 'read-only'
  | 'denied'
  | 'too-many-files'
  | 'missing'
  | 'not-a-folder'
  | 'is-a-folder'
  | 'cannot-open'
  | 'damaged'
  | 'busy'
  | 'io';

const PROBLEM_BY_CODE: Record<string, StorageProblem> = {
  ENOSPC: 'full',
  SQLITE_FULL: 'full',
  EDQUOT: 'quota',
  EROFS: 'read-only',
  SQLITE_READONLY: 'read-only',
  EACCES: 'denied',
  EPERM: 'denied',
  SQLITE_PERM: 'denied',
  SQLITE_AUTH: 'denied',
  EMFILE: 'too-many-files',
  ENFILE: 'too-many-files',
  ENOENT: 'missing',
  ENOTDIR: 'not-a-folder',
  EISDIR: 'is-a-folder',
  SQLITE_CORRUPT: 'damaged',
  SQLITE_NOTADB: 'damaged',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  EIO: 'io',
  SQLITE_IOERR: 'io',
  SQLITE_CANTOPEN: 'cannot-open',
};

/** What each problem is, said to someone who is not looking at a terminal. */
const REASONS: Record<StorageProblem, string> = {
  full: 'the disk is full',
  quota: 'your disk quota is used up',
  'read-only': 'the folder is read-only',
  denied: 'Brieflink is not allowed to write there (permission denied)',
  'too-many-files': 'too many files are open at once',
  missing: 'the folder does not exist',
  'not-a-folder': 'part of the path is not a folder',
  'is-a-folder': 'a folder has that name',
  'cannot-open': 'the library file could not be opened',
  damaged: 'the library file is damaged',
  busy: 'another copy of Brieflink is using the library',
  io: 'the disk reported a read or write error',
};

/** The problem behind a file-system or SQLite error, or null when it is neither. */
export function storageProblemOf(error: unknown): StorageProblem | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  // SQLite's extended codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE…) share their primary's meaning.
  const primary = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
  return PROBLEM_BY_CODE[code] ?? PROBLEM_BY_CODE[primary] ?? null;
}

export function storageReason(problem: StorageProblem): string {
  return REASONS[problem];
}

/** What a call was doing when storage failed, and what is still safe afterwards. */
export interface WriteAction {
  /** "The note was not saved" */
  failed: string;
  /** "Your text is still in this window." */
  safe: string;
}

/** Problems that pass when the user frees space or closes something: worth saying that Brieflink tries again. */
const PASSING: ReadonlySet<StorageProblem> = new Set(['full', 'quota', 'too-many-files', 'busy']);

/** "The note was not saved: the disk is full. Your text is still in this window." */
export function describeStorageFailure(problem: StorageProblem, action: WriteAction): string {
  return `${action.failed}: ${REASONS[problem]}. ${action.safe}`;
}

export function isPassingProblem(problem: StorageProblem): boolean {
  return PASSING.has(problem);
}

const NOTE_SAFE = 'The note on disk is as it was.';
const LIBRARY_SAFE = 'The library is as it was.';

/**
 * Per method that writes: what failed and what is still safe. Methods that only read get
 * the generic wording below; a read can still hit a damaged library or too many open files.
 */
const WRITE_ACTIONS: Partial<Record<MethodName, WriteAction>> = {
  'notes.save': { failed: 'The note was not saved', safe: 'Your text is still in this window and Brieflink keeps trying to save it.' },
  'notes.create': { failed: 'The new note was not created', safe: 'Your other notes are unchanged.' },
  'notes.rename': { failed: 'The note was not renamed', safe: NOTE_SAFE },
  'notes.duplicate': { failed: 'The copy was not made', safe: NOTE_SAFE },
  'notes.delete': { failed: 'The note was not moved to the trash', safe: NOTE_SAFE },
  'notes.setCitationStyle': { failed: 'The citation style was not saved', safe: NOTE_SAFE },
  'notes.freezeLinks': { failed: 'The links were not frozen', safe: NOTE_SAFE },
  'notes.trash.restore': { failed: 'The note was not restored', safe: 'It is still in the trash.' },
  'notes.history.restore': { failed: 'The earlier version was not restored', safe: NOTE_SAFE },
  'notes.recover': { failed: 'The note was not recovered', safe: 'The damaged file is as it was.' },
  'notes.importShared': { failed: 'The shared note was not added', safe: 'Your notes and library are unchanged.' },
  'notes.resolveSharedSource': { failed: 'The source was not settled', safe: NOTE_SAFE },
  'settings.update': { failed: 'The settings were not saved', safe: 'The settings in use are unchanged.' },
  'templates.saveFromNote': { failed: 'The template was not saved', safe: 'The note is unchanged.' },
  'templates.update': { failed: 'The template was not saved', safe: 'Your changes are still in this window.' },
  'templates.duplicate': { failed: 'The template was not copied', safe: 'The template is unchanged.' },
  'templates.delete': { failed: 'The template was not deleted', safe: 'The template is unchanged.' },
  'templates.import': { failed: 'The template was not imported', safe: 'Your templates are unchanged.' },
  'spelling.addPersonalWord': { failed: 'The word was not added to the dictionary', safe: 'The personal dictionary is unchanged.' },
  'library.create': { failed: 'The library entry was not saved', safe: 'Your text is still in the form.' },
  'library.update': { failed: 'The library entry was not saved', safe: 'Your text is still in the form.' },
  'library.trash': { failed: 'The entry was not moved to the trash', safe: LIBRARY_SAFE },
  'library.restore': { failed: 'The entry was not restored', safe: LIBRARY_SAFE },
  'library.restoreRevision': { failed: 'The earlier revision was not restored', safe: LIBRARY_SAFE },
  'library.addTopic': { failed: 'The topic was not added', safe: LIBRARY_SAFE },
  'library.saveImport': { failed: 'The imported document was not saved', safe: 'Your file is unchanged; import it again when the problem is fixed.' },
  'library.importBundle': { failed: 'The bundle was not imported', safe: LIBRARY_SAFE },
  'library.resolveConflict': { failed: 'The conflict was not settled', safe: LIBRARY_SAFE },
  'library.addFromSnippet': { failed: 'The entry was not added', safe: LIBRARY_SAFE },
  'export.pdf': { failed: 'The PDF was not exported', safe: NOTE_SAFE },
  'export.docx': { failed: 'The Word document was not exported', safe: NOTE_SAFE },
  'notes.share': { failed: 'The note was not shared', safe: NOTE_SAFE },
  'library.exportBundle': { failed: 'The bundle was not exported', safe: LIBRARY_SAFE },
  'templates.export': { failed: 'The template was not exported', safe: 'The template is unchanged.' },
  'library.repair': { failed: 'The library was not repaired', safe: 'Every file it touched was set aside, not deleted.' },
};

const GENERIC: WriteAction = { failed: 'That did not work', safe: 'Nothing was changed.' };

export function writeActionOf(method: string): WriteAction {
  return WRITE_ACTIONS[method as MethodName] ?? GENERIC;
}
