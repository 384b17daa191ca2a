import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openableKindOf } from '../../../common/fileKinds';
import { SHARED_NOTE_EXTENSION } from '../../../common/noteShare';
import { defaultDataDir } from '../../../electron/services/workspace';
import { unpackedUrl } from '../../../electron/shell/unpackedUrl';
import { PROJECT_ROOT } from '../../support/backendFixture';

const packageJson = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));

interface BuilderConfig {
  productName?: string;
  npmRebuild?: boolean;
  asarUnpack?: string[];
  linux?: { maintainer?: string };
  fileAssociations?: { ext?: string | string[]; name?: string; mimeType?: string; role?: string }[];
}

/** The configuration as electron-builder itself reads and validates it (its schema), without packaging anything. */
async function loadBuilderConfig(): Promise<BuilderConfig> {
  const require = createRequire(path.join(PROJECT_ROOT, 'package.json'));
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  const config = await getConfig(PROJECT_ROOT, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

let loaded: Promise<BuilderConfig> | undefined;
const builderConfig = () => (loaded ??= loadBuilderConfig());

describe('the desktop package', () => {
  it('Electron names the data folder as the browser host does (productName, not the lowercase npm name)', () => {
    // Electron prefers package.json's productName over name for app.getName(), and so for userData.
    expect(packageJson.productName).toBe('Brieflink');
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(path.basename(defaultDataDir({}, platform))).toBe(packageJson.productName);
    }
  });

  it('electron-builder accepts the configuration and has what the .deb target needs', async () => {
    const config = await builderConfig();
    expect(config.productName).toBe(packageJson.productName);
    // The .deb target refuses to build without a homepage and a maintainer with an e-mail address.
    expect(packageJson.homepage).toMatch(/^https:\/\//);
    expect(config.linux?.maintainer).toMatch(/^[^<>]+ <[^@\s<>]+@[^@\s<>]+>$/);
  });

  it('packaging leaves the Node build of better-sqlite3 alone (the Electron build is separate)', async () => {
    const config = await builderConfig();
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['native/electron/**']));
  });

  it('the import helper thread, the chunks it imports and pdfjs-dist are unpacked from the archive', async () => {
    const config = await builderConfig();
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['out/main/importHelperWorker.js', 'out/main/chunks/**', 'node_modules/pdfjs-dist/**']));
    const worker = path.join(PROJECT_ROOT, 'out', 'main', 'importHelperWorker.js');
    if (fs.existsSync(worker)) {
      // In the last build, every file the helper imports by relative path lies in a folder unpacked above.
      const relative = [...fs.readFileSync(worker, 'utf8').matchAll(/from\s+"(\.[^"]+)"/g)].map((match) => match[1]);
      for (const file of relative) expect(path.posix.join('out/main', file)).toMatch(/^out\/main\/chunks\//);
    }
  });

  it('declares the shared-note file type, so a double-clicked shared note opens in Brieflink', async () => {
    const config = await builderConfig();
    const associations = config.fileAssociations ?? [];
    const sharedNote = associations.find((association) => [association.ext].flat().includes(SHARED_NOTE_EXTENSION.slice(1)));
    expect(sharedNote).toMatchObject({ name: expect.stringMatching(/shared note/i), role: 'Editor' });
    // The .deb target registers a MIME type for each association and needs one.
    expect(sharedNote?.mimeType).toMatch(/^application\/[\w.+-]+$/);
    // What the package declares is what the app opens when the file reaches it.
    for (const association of associations) {
      for (const ext of [association.ext].flat()) expect(openableKindOf(`Options for the Minister.${ext}`)).toBe('sharedNote');
    }
  });

  it('the helper thread is started from app.asar.unpacked in a package, from where it is otherwise', () => {
    expect(unpackedUrl('file:///opt/Brieflink/resources/app.asar/out/main/index.js')).toBe('file:///opt/Brieflink/resources/app.asar.unpacked/out/main/index.js');
    expect(unpackedUrl('file:///C:/Program%20Files/Brieflink/resources/app.asar/out/main/index.js')).toBe(
      'file:///C:/Program%20Files/Brieflink/resources/app.asar.unpacked/out/main/index.js',
    );
    expect(unpackedUrl('file:///home/me/brieflink/out/main/index.js')).toBe('file:///home/me/brieflink/out/main/index.js');
    expect(new URL('./importHelperWorker.js', unpackedUrl('file:///r/app.asar/out/main/index.js')).pathname).toBe('/r/app.asar.unpacked/out/main/importHelperWorker.js');
  });
});
