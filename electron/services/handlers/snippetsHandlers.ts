import { bodySnippetStatus } from '../snippets/snippetStatusService';
import { libraryOf, type NamespaceHandlers, type ServiceDeps } from './serviceDeps';

export function createSnippetsHandlers(deps: ServiceDeps): NamespaceHandlers<'snippets'> {
  return {
    'snippets.status': async (args) => bodySnippetStatus('noteId' in args ? deps.notes.open(args.noteId).body : args.body, libraryOf(deps)),
  };
}
