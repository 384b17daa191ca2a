import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AppError } from '../../../common/result';

/** Launch switches for a headless print browser on these machines (see STACK.md). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's own Chromium, if playwright-core knows where it would be. */
function playwrightChromium(): string | undefined {
  try {
    // Required only when looked up, so start-up does not load playwright-core.
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    return chromium.executablePath() || undefined;
  } catch {
    return undefined;
  }
}

/** Where to look for a Chromium, in order of preference. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const candidates: string[] = [];
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) candidates.push(fromEnv);
  candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
  const bundled = playwrightChromium();
  if (bundled) candidates.push(bundled);
  return candidates;
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to print with: the first executable file among CHROMIUM_PATH,
 * /usr/bin/chromium, /usr/bin/chromium-browser and Playwright's own browser. Throws
 * BROWSER_MISSING, saying how to get one, when there is none. `candidates` replaces the
 * search list (for tests).
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, candidates = chromiumCandidates(env)): string {
  const found = candidates.find(isExecutableFile);
  if (found) return found;
  const fromEnv = env.CHROMIUM_PATH?.trim();
  const envNote = fromEnv ? ` CHROMIUM_PATH is set to "${fromEnv}", but there is no executable file there.` : '';
  throw new AppError(
    'BROWSER_MISSING',
    'Brieflink needs Chromium to make PDFs and could not find it.' +
      envNote +
      ' On Debian or Ubuntu, install it with "sudo apt-get install chromium";' +
      ' or set CHROMIUM_PATH to the full path of a Chromium or Google Chrome executable.' +
      ` Looked in: ${candidates.join(', ') || '(nowhere)'}.`,
  );
}
