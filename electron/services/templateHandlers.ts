import type { FileOutcome, Handlers } from '../../common/contract';
import type { DeliverableFile } from './deliverFile';
import type { NoteService } from './notes';
import type { TemplateService } from './templates';
import { createUserTemplateStore } from './userTemplates';
import type { Workspace } from './workspace';

type TemplateMethod =
  | 'templates.catalog'
  | 'templates.get'
  | 'templates.saveFromNote'
  | 'templates.update'
  | 'templates.duplicate'
  | 'templates.delete'
  | 'templates.import'
  | 'templates.export';

/** Handlers for the template manager: user templates made, edited, imported and exported. */
export function createTemplateHandlers(
  workspace: Workspace,
  templates: TemplateService,
  notes: NoteService,
  deliverFile: (file: DeliverableFile) => Promise<FileOutcome>,
): Pick<Handlers, TemplateMethod> {
  const store = createUserTemplateStore(workspace, templates);
  return {
    'templates.catalog': async () => templates.catalog(),
    'templates.get': async ({ id }) => templates.get(id),
    'templates.saveFromNote': async ({ noteId, name }) => store.saveFromNote(notes.open(noteId), name),
    'templates.update': async ({ template }) => store.update(template),
    'templates.duplicate': async ({ id }) => store.duplicate(id),
    'templates.delete': async ({ id }) => {
      store.remove(id);
      return {};
    },
    'templates.import': async ({ contents }) => store.importText(contents),
    'templates.export': async ({ id }) => {
      const file = store.exportFile(id);
      return deliverFile({ ...file, mimeType: 'application/json', typeName: 'Brieflink template', extensions: ['json'] });
    },
  };
}
