import type { NamespaceHandlers, ServiceDeps } from './serviceDeps';

export function createAppHandlers(deps: ServiceDeps): NamespaceHandlers<'app'> {
  return {
    'app.info': async () => ({ version: deps.version, host: deps.host, dataDir: deps.workspace.root }),
  };
}
