import type { Handlers } from '../../common/contract';
import { createAppHandlers } from './handlers/appHandlers';
import { createExportHandlers } from './handlers/exportHandlers';
import { createLibraryHandlers } from './handlers/libraryHandlers';
import { createNotesHandlers } from './handlers/notesHandlers';
import type { ServiceDeps } from './handlers/serviceDeps';
import { createSettingsHandlers } from './handlers/settingsHandlers';
import { createSpellingHandlers } from './handlers/spellingHandlers';
import { createSnippetsHandlers } from './handlers/snippetsHandlers';
import { createTemplatesHandlers } from './handlers/templatesHandlers';
import { createUploadsHandlers } from './handlers/uploadsHandlers';
import { createWorkspaceHandlers } from './handlers/workspaceHandlers';

/**
 * The contract's handlers over the services, shared by both hosts: one module per namespace
 * of the contract, each given the same services. The type checks that together they answer
 * every method.
 */
export function assembleHandlers(deps: ServiceDeps): Handlers {
  return {
    ...createAppHandlers(deps),
    ...createSettingsHandlers(deps),
    ...createWorkspaceHandlers(deps),
    ...createTemplatesHandlers(deps),
    ...createNotesHandlers(deps),
    ...createSnippetsHandlers(deps),
    ...createLibraryHandlers(deps),
    ...createUploadsHandlers(deps),
    ...createExportHandlers(deps),
    ...createSpellingHandlers(deps),
  };
}
