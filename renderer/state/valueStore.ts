/**
 * A value kept outside React state, for the few components that show it: a long note's
 * editor must not re-render each time a save starts or ends. Components read it with
 * `useStoreValue` (hooks/useStoreValue.ts).
 */
export interface ValueStore<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

export interface WritableValueStore<T> extends ValueStore<T> {
  /** Replaces the value; listeners hear of it only if `same` says it changed. */
  set(next: T): void;
}

export function createValueStore<T>(initial: T, same: (a: T, b: T) => boolean = Object.is): WritableValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (same(value, next)) return;
      value = next;
      listeners.forEach((listener) => listener());
    },
  };
}
