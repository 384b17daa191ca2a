import { createContext, useContext } from 'react';
import type { BundleEntry } from '../../common/bundle';
import type { SharedSourceResolution } from '../../common/noteShare';

/**
 * The sources an imported note keeps because they differ from this library's entry with the
 * same id (the note file's `sharedSources`), and how to settle one. Provided by the open note.
 */
export interface SharedSources {
  entries: readonly BundleEntry[];
  resolve(developmentId: string, resolution: SharedSourceResolution): Promise<void>;
}

const NONE: SharedSources = { entries: [], resolve: async () => {} };

export const SharedSourcesContext = createContext<SharedSources>(NONE);
export const useSharedSources = () => useContext(SharedSourcesContext);
