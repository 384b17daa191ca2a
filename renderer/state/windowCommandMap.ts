import { APP_COMMANDS, shownKeys, type CommandPlatform, type MenuName, type WindowCommandId } from '../../common/commands';

/** What the window can do now for each command id; a missing id cannot run now. */
export type CommandActions = Partial<Record<WindowCommandId, () => void>>;

/** The palette does not list itself. */
const NOT_IN_PALETTE: ReadonlySet<WindowCommandId> = new Set<WindowCommandId>(['view.palette']);

/** Why a command the window cannot run now is greyed out, by where it acts. */
const UNAVAILABLE_BECAUSE: Record<MenuName, string> = {
  file: 'Open a note first',
  edit: 'Open a note first',
  insert: 'Open a note first',
  format: 'Open a note first',
  view: 'Not available in this window',
  help: 'Not available in this window',
};

export interface PaletteEntry {
  id: WindowCommandId;
  label: string;
  /** The keys as the platform shows them, if the command has any there. */
  keys?: string;
  /** Set when the command cannot run now: it is listed, disabled, with this reason. */
  unavailable?: string;
}

/**
 * The palette's list: every window command but the palette itself, in menu order,
 * with its keys, and disabled with a reason when the window has no action for it now (no note
 * open). Commands Electron or the shell carry out (undo, zoom, open the data folder) are the
 * menu's and the system's: they are not the window's to run.
 */
export function paletteEntries(actions: CommandActions, platform: CommandPlatform): PaletteEntry[] {
  return APP_COMMANDS.flatMap((command): PaletteEntry[] => {
    if (command.handledBy !== 'window' || NOT_IN_PALETTE.has(command.id)) return [];
    const keys = shownKeys('accelerator' in command ? command.accelerator : undefined, platform);
    return [
      {
        id: command.id,
        label: command.label.replace(/…$/, ''),
        ...(keys ? { keys } : {}),
        ...(actions[command.id] ? {} : { unavailable: UNAVAILABLE_BECAUSE[command.menu] }),
      },
    ];
  });
}

/** The entries whose label holds every word typed, in any order, ignoring case ("export pdf", "pdf exp"). */
export function filterEntries(entries: readonly PaletteEntry[], query: string): PaletteEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => words.every((word) => entry.label.toLowerCase().includes(word)));
}

/** The platform whose keys the palette shows, from the browser's user agent. */
export function platformOf(userAgent: string): CommandPlatform {
  if (/Macintosh|Mac OS X/.test(userAgent)) return 'darwin';
  if (/Windows/.test(userAgent)) return 'win32';
  return 'linux';
}

/** Whether a key press opens the palette: Ctrl+Shift+P, or Cmd+Shift+P on macOS. */
export function opensPalette(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }, platform: CommandPlatform): boolean {
  const command = platform === 'darwin' ? event.metaKey : event.ctrlKey;
  return command && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p';
}

/**
 * Whether a key press is Print…: Ctrl+P, or Cmd+P on macOS. The window takes it from the
 * browser, whose own print would put the app's screen on paper instead of the note.
 */
export function printsNote(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }, platform: CommandPlatform): boolean {
  const command = platform === 'darwin' ? event.metaKey : event.ctrlKey;
  return command && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p';
}
