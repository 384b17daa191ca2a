import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { WindowCommandId } from '../../common/commands';
import { useClient } from '../client/ClientContext';
import { CommandPalette } from '../components/CommandPalette';
import { KeyboardShortcutsDialog } from '../components/KeyboardShortcutsDialog';
import { opensPalette, paletteEntries, platformOf, printsNote, type CommandActions } from './windowCommandMap';

type Register = (actions: CommandActions) => () => void;

/** A key press from React or from the document: what the window's keys read of it. */
type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'preventDefault'>;

interface WindowCommands {
  /** Runs a command if the window can now; false if it cannot. */
  run(id: WindowCommandId): boolean;
  openPalette(): void;
}

const RegisterContext = createContext<Register | null>(null);
const CommandsContext = createContext<WindowCommands | null>(null);

/**
 * The window's commands: the parts of the window that can carry one out register their actions
 * while they are shown (useWindowCommandActions); the desktop menu's commands
 * (client.onMenuCommand, subscribed once here) and the command palette run them.
 */
export function WindowCommandsProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [registered, setRegistered] = useState<readonly CommandActions[]>([]);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const platform = useMemo(() => platformOf(navigator.userAgent), []);

  const actions = useMemo<CommandActions>(
    () =>
      Object.assign({}, ...registered, {
        'view.palette': () => setPaletteOpen(true),
        'help.shortcuts': () => setShortcutsOpen(true),
      } satisfies CommandActions),
    [registered],
  );
  // The menu listener is subscribed once; it reads the actions of the moment through this.
  const current = useRef(actions);
  useEffect(() => {
    current.current = actions;
  }, [actions]);

  const register = useCallback<Register>((next) => {
    setRegistered((list) => [...list, next]);
    return () => setRegistered((list) => list.filter((item) => item !== next));
  }, []);

  const run = useCallback((id: WindowCommandId) => {
    const action = current.current[id];
    action?.();
    return action !== undefined;
  }, []);

  useEffect(() => client.onMenuCommand((id) => void run(id)), [client, run]);

  const commands = useMemo<WindowCommands>(() => ({ run, openPalette: () => setPaletteOpen(true) }), [run]);

  const onKeyDown = useCallback(
    (event: KeyLike) => {
      if (opensPalette(event, platform)) {
        event.preventDefault();
        setPaletteOpen(true);
      } else if (printsNote(event, platform)) {
        // Taken even with no note open: the browser's own print would print the app's screen.
        // In the desktop app the menu's Ctrl+P then does not fire as well (the page handled the key).
        event.preventDefault();
        run('note.print');
      }
    },
    [platform, run],
  );

  // With nothing focused (after a click on the window's blank space) keys go to the document's
  // body, outside the app's tree, and the browser would print the app's screen on Ctrl+P.
  useEffect(() => {
    const unfocused = (event: globalThis.KeyboardEvent) => {
      if (event.target === document.body || event.target === document.documentElement) onKeyDown(event);
    };
    document.addEventListener('keydown', unfocused);
    return () => document.removeEventListener('keydown', unfocused);
  }, [onKeyDown]);

  return (
    <RegisterContext.Provider value={register}>
      <CommandsContext.Provider value={commands}>
        {/* display: contents; the keys reach it from anywhere in the window, editor included. */}
        <div className="window-commands" onKeyDown={onKeyDown}>
          {children}
          {paletteOpen && <CommandPalette entries={paletteEntries(actions, platform)} onRun={run} onClose={() => setPaletteOpen(false)} />}
          {shortcutsOpen && <KeyboardShortcutsDialog platform={platform} onClose={() => setShortcutsOpen(false)} />}
        </div>
      </CommandsContext.Provider>
    </RegisterContext.Provider>
  );
}

export function useWindowCommands(): WindowCommands {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useWindowCommands needs a WindowCommandsProvider above it.');
  return commands;
}

/** Offers these actions to the menu and the palette while the calling component is shown. */
export function useWindowCommandActions(actions: CommandActions): void {
  const register = useContext(RegisterContext);
  useEffect(() => register?.(actions), [register, actions]);
}

/**
 * Offers one command whose action changes with every render (it reads the component's state
 * of the moment): the menu and the palette always run the latest, while it is registered
 * once. Returns a stable function that runs it too, for the component's own buttons.
 */
export function useWindowCommand(id: WindowCommandId, action: () => void): () => void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  const run = useCallback(() => latest.current(), []);
  useWindowCommandActions(useMemo(() => ({ [id]: run }), [id, run]));
  return run;
}
