import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../../common/contract';
import { assembleHandlers } from '../../../../electron/services/assembleHandlers';
import { openServices, type Services } from '../../../../electron/services/bootstrap';
import { createAppHandlers } from '../../../../electron/services/handlers/appHandlers';
import { createExportHandlers } from '../../../../electron/services/handlers/exportHandlers';
import { createLibraryHandlers } from '../../../../electron/services/handlers/libraryHandlers';
import { createNotesHandlers } from '../../../../electron/services/handlers/notesHandlers';
import type { ServiceDeps } from '../../../../electron/services/handlers/serviceDeps';
import { createSettingsHandlers } from '../../../../electron/services/handlers/settingsHandlers';
import { createSpellingHandlers } from '../../../../electron/services/handlers/spellingHandlers';
import { createSnippetsHandlers } from '../../../../electron/services/handlers/snippetsHandlers';
import { createTemplatesHandlers } from '../../../../electron/services/handlers/templatesHandlers';
import { createUploadsHandlers } from '../../../../electron/services/handlers/uploadsHandlers';
import { createWorkspaceHandlers } from '../../../../electron/services/handlers/workspaceHandlers';
import { makeTempDir, removeTempDir, testBackendOptions } from '../../../support/backendFixture';

const MODULES: Record<string, (deps: ServiceDeps) => object> = {
  app: createAppHandlers,
  settings: createSettingsHandlers,
  workspace: createWorkspaceHandlers,
  templates: createTemplatesHandlers,
  notes: createNotesHandlers,
  snippets: createSnippetsHandlers,
  library: createLibraryHandlers,
  uploads: createUploadsHandlers,
  export: createExportHandlers,
  spelling: createSpellingHandlers,
};

describe('the handlers, one module per namespace of the contract', () => {
  let dir: string;
  let services: Services;
  beforeEach(() => {
    dir = makeTempDir();
    services = openServices(testBackendOptions(dir));
  });
  afterEach(async () => {
    await services.close();
    removeTempDir(dir);
  });

  it('each answer exactly the methods of their namespace, and together every method of the contract', () => {
    const namespaces = [...new Set(METHOD_NAMES.map((method) => method.split('.')[0]))].sort();
    expect(Object.keys(MODULES).sort()).toEqual(namespaces);
    for (const [namespace, create] of Object.entries(MODULES)) {
      expect(Object.keys(create(services.deps)).sort(), namespace).toEqual(METHOD_NAMES.filter((method) => method.split('.')[0] === namespace).sort());
    }
    expect(Object.keys(assembleHandlers(services.deps)).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('refuse library calls with the reason when the library could not be opened, and answer the rest', async () => {
    expect((await assembleHandlers(services.deps)['library.topics']({})).length).toBeGreaterThan(0);
    const unavailable = assembleHandlers({ ...services.deps, library: new Error('the disk is gone') });
    await expect(unavailable['library.topics']({})).rejects.toThrow('The library could not be opened: the disk is gone');
    expect(await unavailable['notes.list']({})).toEqual([]);
  });
});
