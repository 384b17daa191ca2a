import { readSavedPlace, writeSavedPlace, type SavedPlace } from './savedPlace';

/** The part of the Storage interface the place needs, so it is testable without a browser. */
export interface PlaceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface PlaceStore {
  /** The place as last written (read from storage once, when the window opened). */
  get(): SavedPlace;
  update(change: (place: SavedPlace) => SavedPlace): void;
}

/**
 * The saved place over the window's storage. Storage that cannot be read or written (full, or
 * refused) only means the place is not remembered: the window goes on with it in memory.
 */
export function createPlaceStore(storage: PlaceStorage | null, key: string): PlaceStore {
  let place: SavedPlace;
  try {
    place = readSavedPlace(storage?.getItem(key) ?? null);
  } catch {
    place = readSavedPlace(null);
  }
  return {
    get: () => place,
    update(change) {
      const next = change(place);
      if (next === place) return;
      place = next;
      try {
        storage?.setItem(key, writeSavedPlace(place));
      } catch {
        // Kept in memory for this run.
      }
    },
  };
}
