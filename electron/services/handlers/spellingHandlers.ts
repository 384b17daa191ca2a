import { createPersonalDictionaryStore } from '../spelling/personalDictionaryStore';
import type { NamespaceHandlers, ServiceDeps } from './serviceDeps';

/** The personal dictionary ("Add to dictionary"), a file of the workspace. Checking itself runs in the window. */
export function createSpellingHandlers(deps: ServiceDeps): NamespaceHandlers<'spelling'> {
  const store = createPersonalDictionaryStore(deps.workspace.root);
  return {
    'spelling.personalWords': async () => store.read(),
    'spelling.addPersonalWord': async ({ word }) => store.add(word),
  };
}
