import type { NamespaceHandlers, ServiceDeps } from './serviceDeps';

export function createWorkspaceHandlers(deps: ServiceDeps): NamespaceHandlers<'workspace'> {
  return {
    'workspace.status': async () => deps.workspaceStatus.status(),
  };
}
