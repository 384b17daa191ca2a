import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it lived at `file`, and returns the rules it broke. */
async function brokenRules(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe('code is sorted by where it runs, and lint enforces it', () => {
  it('refuses Node, Electron and back-end imports in the renderer', async () => {
    expect(await brokenRules('renderer/x.ts', "import fs from 'node:fs';\nexport const a = fs;")).toContain('no-restricted-imports');
    expect(await brokenRules('renderer/x.ts', "import { app } from 'electron';\nexport const a = app;")).toContain('no-restricted-imports');
    expect(await brokenRules('renderer/x.ts', "import { openWorkspace } from '../electron/services/workspace';\nexport const a = openWorkspace;")).toContain(
      'no-restricted-imports',
    );
    expect(await brokenRules('renderer/x.ts', 'export const a = process.env;')).toContain('no-restricted-globals');
  });

  it('refuses app events sent through the window in the renderer: state is shared through context, stores and commands', async () => {
    expect(await brokenRules('renderer/x.ts', "window.dispatchEvent(new Event('app:changed'));")).toContain('no-restricted-properties');
    expect(await brokenRules('renderer/x.ts', "document.dispatchEvent(new Event('app:changed'));")).toContain('no-restricted-properties');
    expect(await brokenRules('renderer/x.ts', "dispatchEvent(new Event('app:changed'));")).toContain('no-restricted-globals');
    expect(await brokenRules('renderer/x.ts', "export const a = new CustomEvent('app:changed', { detail: 1 });")).toContain('no-restricted-syntax');
    expect(await brokenRules('renderer/x.ts', "window.addEventListener('focus', () => undefined);")).toEqual([]);
  });

  it('refuses DOM, Node, Electron and React in common/', async () => {
    expect(await brokenRules('common/x.ts', "import path from 'path';\nexport const a = path;")).toContain('no-restricted-imports');
    expect(await brokenRules('common/x.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;")).toContain('no-restricted-imports');
    expect(await brokenRules('common/x.ts', "import { useState } from 'react';\nexport const a = useState;")).toContain('no-restricted-imports');
    expect(await brokenRules('common/x.ts', 'export const a = document.title;')).toContain('no-restricted-globals');
  });

  it('lets only the Electron shell import electron', async () => {
    expect(await brokenRules('electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;")).toContain('no-restricted-imports');
    expect(await brokenRules('electron/host/x.ts', "import { app } from 'electron';\nexport const a = app;")).toContain('no-restricted-imports');
    expect(await brokenRules('electron/shell/x.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([]);
    expect(await brokenRules('electron/main.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([]);
  });

  it('keeps Playwright, HTTP and the hosts\' adapters out of the services', async () => {
    for (const name of ['playwright-core', 'playwright', 'node:http', 'http']) {
      expect(await brokenRules('electron/services/x.ts', `import * as module from '${name}';\nexport const a = module;`)).toContain('no-restricted-imports');
    }
    expect(await brokenRules('electron/services/export/x.ts', "import { deliverAsDownload } from '../../host/deliverAsDownload';\nexport const a = deliverAsDownload;")).toContain(
      'no-restricted-imports',
    );
    expect(await brokenRules('electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;")).toContain('no-restricted-imports');
    expect(await brokenRules('electron/host/x.ts', "import { chromium } from 'playwright-core';\nexport const a = chromium;")).toEqual([]);
    expect(await brokenRules('electron/host/x.ts', "import http from 'node:http';\nexport const a = http;")).toEqual([]);
  });

  it('allows what each environment may use', async () => {
    expect(await brokenRules('common/x.ts', "import { z } from 'zod';\nexport const a = z.string();")).toEqual([]);
    expect(await brokenRules('renderer/x.ts', "import { useState } from 'react';\nexport const a = useState;")).toEqual([]);
    expect(await brokenRules('electron/services/x.ts', "import fs from 'node:fs';\nexport const a = fs;")).toEqual([]);
  });
});
