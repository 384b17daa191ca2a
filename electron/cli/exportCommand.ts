import fs from 'node:fs';
import path from 'node:path';
import { noteIdSchema, type Note } from '../../common/note';
import { AppError } from '../../common/result';
import { projectVersion } from '../host/browserBackend';
import { createPlaywrightPrinter } from '../host/print/playwrightPrinter';
import { writeExportFile } from '../services/export/writeExport';
import { renderNotePdf, type ExportFile } from '../services/export/exportPdf';
import { createNoteService, type NoteService } from '../services/notes/noteService';
import { createJsonSettingsStore } from '../host/jsonSettingsStore';
import { openWorkspace } from '../services/workspace';
import { messageOf } from '../../common/messageOf';

export interface CommandIo {
  dataDir: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const EXPORT_USAGE = 'Usage: brieflink export <note id or subject> --pdf out.pdf | --docx out.docx [--draft]';

interface ExportRequest {
  note: string;
  kind: 'pdf' | 'docx';
  output: string;
  draft: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): ExportRequest {
  let note: string | undefined;
  let target: { kind: 'pdf' | 'docx'; output: string } | undefined;
  let draft = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--pdf' || arg === '--docx') {
      const output = argv[++i];
      if (!output || output.startsWith('--')) throw new UsageError(`${arg} needs a file name.`);
      if (target) throw new UsageError('Give one of --pdf or --docx, once.');
      target = { kind: arg === '--pdf' ? 'pdf' : 'docx', output };
    } else if (arg === '--draft') {
      draft = true;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`Unknown option ${arg}.`);
    } else if (note === undefined) {
      note = arg;
    } else {
      throw new UsageError(`Only one note at a time (got "${note}" and "${arg}"; quote a subject with spaces).`);
    }
  }
  if (note === undefined || note.trim() === '') throw new UsageError('Say which note: its id or its exact subject.');
  if (!target) throw new UsageError('Say where to write it: --pdf out.pdf or --docx out.docx.');
  return { note, draft, ...target };
}

/** The note with this id, else the one note with exactly this subject. */
function findNote(notes: NoteService, wanted: string): Note {
  const summaries = notes.list();
  if (noteIdSchema.safeParse(wanted).success && summaries.some((summary) => summary.id === wanted)) return notes.open(wanted);
  const matches = summaries.filter((summary) => !summary.problem && summary.title === wanted);
  if (matches.length === 1) return notes.open(matches[0]!.id);
  if (matches.length > 1) {
    throw new AppError('BAD_ARGUMENTS', `${matches.length} notes have the subject "${wanted}"; give the id of one: ${matches.map((m) => m.id).join(', ')}.`);
  }
  throw new AppError('NOT_FOUND', `No note has the id or the exact subject "${wanted}".`);
}

/** Fails early, before any printing, when the output cannot be written. */
function checkOutput(output: string): void {
  const dir = path.dirname(output);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new AppError('EXPORT_FAILED', `Cannot write ${output}: the folder ${dir} does not exist.`);
  }
  if (!stat.isDirectory()) throw new AppError('EXPORT_FAILED', `Cannot write ${output}: ${dir} is not a folder.`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AppError('EXPORT_FAILED', `Cannot write ${output}: the folder ${dir} is not writable.`);
  }
  if (fs.existsSync(output) && fs.statSync(output).isDirectory()) {
    throw new AppError('EXPORT_FAILED', `Cannot write ${output}: it is a folder.`);
  }
}

/**
 * `brieflink export <note id or subject> --pdf out.pdf | --docx out.docx [--draft]`.
 * `argv` is what follows the word "export". Reads the note from the workspace in `dataDir`
 * and never writes to it. Returns the exit status: 0 done, 1 failed, 2 wrong usage.
 */
export async function exportCommand(argv: string[], io: CommandIo): Promise<number> {
  let request: ExportRequest;
  try {
    request = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const output = path.resolve(request.output);
  const printer = request.kind === 'pdf' ? createPlaywrightPrinter() : undefined;
  try {
    checkOutput(output);
    const workspace = openWorkspace(path.resolve(io.dataDir));
    const note = findNote(createNoteService(workspace), request.note);
    const settings = createJsonSettingsStore(workspace.settingsFile, workspace.backupsDir).read();
    const options = { draft: request.draft, author: settings.author, version: projectVersion() };
    // The docx library loads only for a DOCX, so every other command starts without it.
    const file: ExportFile = printer ? await renderNotePdf(note, printer, options) : await (await import('../services/export/exportDocx')).renderNoteDocx(note, options);
    writeExportFile(output, file.bytes);
    const pages = file.pageCount === undefined ? '' : `, ${file.pageCount} page${file.pageCount === 1 ? '' : 's'}`;
    io.stdout(`Exported "${note.metadata.subject?.trim() || note.id}" to ${output}${pages}.\n`);
    return 0;
  } catch (error) {
    io.stderr(`Export failed: ${messageOf(error)}\n`);
    return 1;
  } finally {
    await printer?.close();
  }
}
