import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../../../../common/bundle';
import { openServices, type Services } from '../../../../../electron/services/bootstrap';
import { createLibraryHandlers } from '../../../../../electron/services/handlers/libraryHandlers';
import { libraryOf, type ServiceDeps } from '../../../../../electron/services/handlers/serviceDeps';
import { createUploadsHandlers } from '../../../../../electron/services/handlers/uploadsHandlers';
import type { LibraryService } from '../../../../../electron/services/library/library';
import { createUploadStore, type UploadStore } from '../../../../../electron/services/uploads/uploadStore';
import { makeTempDir, removeTempDir, testBackendOptions } from '../../../../support/backendFixture';
import { developmentFields } from '../../../../support/developmentFields';

// The desktop shell's path: its open dialog (here a stand-in returning a chosen path) feeds the upload store.
describe('uploads.chooseFile with the shell’s open dialog', () => {
  let dir: string;
  let services: Services;
  let library: LibraryService;
  let uploads: UploadStore;
  beforeEach(() => {
    dir = makeTempDir();
    services = openServices(testBackendOptions(dir));
    library = libraryOf(services.deps);
    uploads = createUploadStore(dir, { limits: { bundle: 64 * 1024 } });
  });
  afterEach(async () => {
    await services.close();
    removeTempDir(dir);
  });

  const handlersChoosing = (chosen: string | null) => {
    const deps: ServiceDeps = { ...services.deps, uploads, chooseFile: async () => chosen };
    return { ...createUploadsHandlers(deps), ...createLibraryHandlers(deps) };
  };

  it('copies the chosen file into an upload that importBundle then merges', async () => {
    const file = path.join(dir, 'team.brieflink-bundle.json');
    const development = { ...developmentFields({ title: 'Chosen in the dialog' }), id: 'chosen-one', revision: 1, createdAt: 't', updatedAt: 't' };
    fs.writeFileSync(file, JSON.stringify({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: 't', entries: [{ development, history: [] }] }));
    const handlers = handlersChoosing(file);
    const chosen = await handlers['uploads.chooseFile']({ kind: 'bundle' });
    if ('cancelled' in chosen) throw new Error('expected a file');
    expect(chosen.fileName).toBe('team.brieflink-bundle.json');
    expect(await handlers['library.importBundle']({ fileName: chosen.fileName, uploadId: chosen.uploadId })).toMatchObject({ added: 1 });
    expect(library.get('chosen-one').title).toBe('Chosen in the dialog');
    // The user's own file is left alone; only the copy is deleted.
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'tmp', 'uploads'))).toEqual([]);
  });

  it('answers a cancelled dialog, and refuses an oversized file by its size with its name', async () => {
    expect(await handlersChoosing(null)['uploads.chooseFile']({ kind: 'bundle' })).toEqual({ cancelled: true });
    const big = path.join(dir, 'huge.json');
    fs.writeFileSync(big, Buffer.alloc(100 * 1024, 32));
    await expect(handlersChoosing(big)['uploads.chooseFile']({ kind: 'bundle' })).rejects.toThrow(
      'huge.json: this library bundle is 100 KB; the largest library bundle Brieflink imports is 64 KB.',
    );
    expect(fs.readdirSync(path.join(dir, 'tmp', 'uploads'))).toEqual([]);
  });
});
