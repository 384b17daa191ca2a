import { applySettingsPatch } from '../../../common/settings';
import type { NamespaceHandlers, ServiceDeps } from './serviceDeps';

export function createSettingsHandlers(deps: ServiceDeps): NamespaceHandlers<'settings'> {
  return {
    'settings.get': async () => ({ settings: deps.settings.read(), notice: deps.settings.notice }),
    'settings.update': async (patch) => {
      const next = applySettingsPatch(deps.settings.read(), patch);
      deps.settings.write(next);
      return next;
    },
  };
}
