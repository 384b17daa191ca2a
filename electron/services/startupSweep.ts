import fs from 'node:fs';
import path from 'node:path';
import { sweepTempFiles } from './atomicWrite';
import { snapshotsDirOf } from './notes/snapshots';
import type { Workspace } from './workspace';

/**
 * A temporary file younger than this may belong to another Brieflink writing the same
 * workspace right now (the desktop app and the browser host can share one): an atomic
 * write holds its temporary file for milliseconds, so ten seconds is far beyond any.
 */
export const TEMP_FILE_GRACE_MS = 10_000;

/** The folders writeFileAtomic writes in: notes, trash, templates, settings, every note's snapshots. */
function writtenFolders(workspace: Workspace): string[] {
  const snapshots = snapshotsDirOf(workspace);
  let noteFolders: string[] = [];
  try {
    noteFolders = fs.readdirSync(snapshots).map((name) => path.join(snapshots, name));
  } catch {
    /* no snapshots yet */
  }
  return [workspace.root, workspace.notesDir, workspace.trashDir, workspace.userTemplatesDir, ...noteFolders];
}

/** Removes what writes cut short by a crash or a kill left behind; returns how many files. */
export function sweepWorkspaceTempFiles(workspace: Workspace, now = Date.now()): number {
  return sweepTempFiles(writtenFolders(workspace), TEMP_FILE_GRACE_MS, now);
}
