import { createUserTemplateStore } from '../userTemplates';
import type { NamespaceHandlers, ServiceDeps } from './serviceDeps';

/** The template chooser, and the template manager: user templates made, edited, imported and exported. */
export function createTemplatesHandlers(deps: ServiceDeps): NamespaceHandlers<'templates'> {
  const { templates } = deps;
  const store = createUserTemplateStore(deps.workspace, templates);
  return {
    'templates.list': async () => templates.list(),
    'templates.catalog': async () => templates.catalog(),
    'templates.get': async ({ id }) => templates.get(id),
    'templates.saveFromNote': async ({ noteId, name }) => store.saveFromNote(deps.notes.open(noteId), name),
    'templates.update': async ({ template }) => store.update(template),
    'templates.duplicate': async ({ id }) => store.duplicate(id),
    'templates.delete': async ({ id }) => {
      store.remove(id);
      return {};
    },
    'templates.import': async ({ contents }) => store.importText(contents),
    'templates.export': async ({ id }) => {
      const file = store.exportFile(id);
      return deps.deliverFile({ ...file, mimeType: 'application/json', typeName: 'Brieflink template', extensions: ['json'] });
    },
  };
}
