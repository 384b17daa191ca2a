import { useSyncExternalStore } from 'react';
import type { ValueStore } from '../state/valueStore';

/** The store's value, re-rendering the calling component (only) when it changes. */
export function useStoreValue<T>(store: ValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
