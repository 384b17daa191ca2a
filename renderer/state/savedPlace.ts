import { readWindowState } from '../../common/windowState';

/**
 * Where the user was in the window: the widths of the resizable panels and the open note with
 * its caret and scroll position, reopened after a reload or a restart. It is per window and
 * worth little (losing it costs a click), so it is kept in the window's own storage, and
 * anything read back that is damaged, out of range or of another version is ignored, never
 * acted on.
 */
export type PanelName = 'notes' | 'library';

export interface PanelLimits {
  min: number;
  max: number;
  /** The width before the user resizes it (the stylesheet's 16rem and 26rem). */
  initial: number;
}

/** In CSS pixels. The note between the panels keeps at least what remains of an 1280-pixel window. */
export const PANEL_LIMITS: Record<PanelName, PanelLimits> = {
  notes: { min: 176, max: 480, initial: 256 },
  library: { min: 272, max: 720, initial: 416 },
};

/** What the note between the panels keeps however wide they were made, and the two separators' width. */
export const MIN_NOTE_WIDTH = 400;
const SEPARATORS_WIDTH = 14;

/** An arrow key moves a separator this far; Page Up and Page Down four times as far. */
export const PANEL_STEP = 16;

/** A caret as a path of child indices from the editor's root to its node, and the offset in that node. */
export interface CaretPlace {
  path: number[];
  offset: number;
}

export interface OpenNotePlace {
  id: string;
  caret?: CaretPlace;
  scrollTop?: number;
}

export interface SavedPlace {
  panelWidths: Partial<Record<PanelName, number>>;
  openNote?: OpenNotePlace;
}

export const PLACE_STORAGE_KEY = 'brieflink.windowPlace';

const PANELS = Object.keys(PANEL_LIMITS) as PanelName[];

/** The width kept within the panel's limits, in whole pixels. */
export function clampPanelWidth(panel: PanelName, width: number): number {
  const { min, max, initial } = PANEL_LIMITS[panel];
  if (!Number.isFinite(width)) return initial;
  return Math.round(Math.min(max, Math.max(min, width)));
}

/**
 * The panel's width after a key pressed on its separator, or null for a key the separator does
 * not take. The notes panel's separator is on its right and the library's on its left, so the
 * arrow that moves a separator away from its panel widens it.
 */
export function panelWidthAfterKey(panel: PanelName, width: number, key: string): number | null {
  const { min, max } = PANEL_LIMITS[panel];
  const widens = panel === 'notes' ? 'ArrowRight' : 'ArrowLeft';
  const narrows = panel === 'notes' ? 'ArrowLeft' : 'ArrowRight';
  switch (key) {
    case widens:
      return clampPanelWidth(panel, width + PANEL_STEP);
    case narrows:
      return clampPanelWidth(panel, width - PANEL_STEP);
    case 'PageUp':
      return clampPanelWidth(panel, width + 4 * PANEL_STEP);
    case 'PageDown':
      return clampPanelWidth(panel, width - 4 * PANEL_STEP);
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return null;
  }
}

/**
 * The widths the panels are shown at in a window this wide: as chosen where there is room,
 * otherwise both narrowed in proportion (never below their minimum) so the note keeps its
 * width. The chosen widths are kept, and come back when the window is widened.
 */
export function fittedPanelWidths(widths: Record<PanelName, number>, windowWidth: number): Record<PanelName, number> {
  const room = windowWidth - MIN_NOTE_WIDTH - SEPARATORS_WIDTH;
  const total = widths.notes + widths.library;
  if (total <= room) return widths;
  const { notes, library } = PANEL_LIMITS;
  const least = notes.min + library.min;
  if (room <= least || total <= least) return { notes: notes.min, library: library.min };
  const share = (room - least) / (total - least);
  return {
    notes: Math.floor(notes.min + (widths.notes - notes.min) * share),
    library: Math.floor(library.min + (widths.library - library.min) * share),
  };
}

/** The place as stored, read as far as it can be: not JSON, a wrong shape or a value out of range is nothing saved. */
export function readSavedPlace(raw: string | null): SavedPlace {
  if (!raw) return { panelWidths: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { panelWidths: {} };
  }
  // The same shape the desktop shell keeps its part of the window's state in, read part by part.
  const state = readWindowState(parsed);
  const panelWidths: SavedPlace['panelWidths'] = {};
  for (const panel of PANELS) {
    const width = state.panelWidths?.[panel];
    // A width outside the limits was not written by this version: ignored rather than forced in.
    if (width !== undefined && width >= PANEL_LIMITS[panel].min && width <= PANEL_LIMITS[panel].max) panelWidths[panel] = width;
  }
  const note = state.openNote;
  if (!note || note.id === '') return { panelWidths };
  const openNote: OpenNotePlace = { id: note.id };
  if (note.caret) openNote.caret = { path: [...note.caret.path], offset: note.caret.offset };
  if (note.scrollTop !== undefined && Number.isFinite(note.scrollTop)) openNote.scrollTop = note.scrollTop;
  return { panelWidths, openNote };
}

export function writeSavedPlace(place: SavedPlace): string {
  return JSON.stringify(place);
}

/** The note to open again at start: the saved one if it is still among the notes (a deleted note leaves none open). */
export function noteToReopen(place: SavedPlace, noteIds: readonly string[]): string | null {
  const id = place.openNote?.id;
  return id && noteIds.includes(id) ? id : null;
}

/** The place with another note open (or none); the same note keeps its caret and scroll position. */
export function withOpenNote(place: SavedPlace, id: string | null): SavedPlace {
  if (id === null) return place.openNote ? { panelWidths: place.panelWidths } : place;
  if (place.openNote?.id === id) return place;
  return { ...place, openNote: { id } };
}

/** The open note's caret and scroll position; ignored when another note is open now (a late write from a closed one). */
export function withNotePosition(place: SavedPlace, id: string, position: { caret?: CaretPlace; scrollTop?: number }): SavedPlace {
  if (place.openNote?.id !== id) return place;
  return { ...place, openNote: { id, ...position } };
}

export function withPanelWidth(place: SavedPlace, panel: PanelName, width: number): SavedPlace {
  return { ...place, panelWidths: { ...place.panelWidths, [panel]: clampPanelWidth(panel, width) } };
}
