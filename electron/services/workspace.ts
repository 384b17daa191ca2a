import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { storageProblemOf, storageReason } from '../../common/storageErrors';

/** The folders of one workspace. Every path the back end touches is derived from here. */
export interface Workspace {
  root: string;
  notesDir: string;
  trashDir: string;
  userTemplatesDir: string;
  backupsDir: string;
  libraryFile: string;
  settingsFile: string;
}

/** Where the OS keeps per-user application data, matching Electron's app.getPath('userData'). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Brieflink');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Brieflink');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Brieflink');
}

/** BRIEFLINK_DATA_DIR wins (tests, portable installs); otherwise the given default. */
export function resolveDataDir(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.BRIEFLINK_DATA_DIR?.trim();
  return path.resolve(override ? override : fallback);
}

/** Creates the workspace folders on first run; safe to call on every start. */
export function openWorkspace(root: string): Workspace {
  const workspace: Workspace = {
    root,
    notesDir: path.join(root, 'notes'),
    trashDir: path.join(root, 'trash'),
    userTemplatesDir: path.join(root, 'templates'),
    backupsDir: path.join(root, 'backups'),
    libraryFile: path.join(root, 'library.db'),
    settingsFile: path.join(root, 'settings.json'),
  };
  for (const dir of [root, workspace.notesDir, workspace.trashDir, workspace.userTemplatesDir, workspace.backupsDir]) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (error) {
      // A read-only workspace still opens, for reading (workspaceWriteProblem says why nothing is saved).
      if (!['read-only', 'denied'].includes(storageProblemOf(error) ?? '')) throw error;
    }
  }
  return workspace;
}

/**
 * Why nothing can be written in the workspace (read-only disk or mount, no permission), or
 * null when a file can be created there. Tried with a real file: permissions alone do not
 * tell (an administrator ignores them, a read-only mount overrides them).
 */
export function workspaceWriteProblem(root: string): string | null {
  const probe = path.join(root, `.write-check-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return null;
  } catch (error) {
    const problem = storageProblemOf(error);
    // Anything else (a full disk) passes, or not, with each write, which then says why.
    return problem === 'read-only' || problem === 'denied' ? storageReason(problem) : null;
  }
}
