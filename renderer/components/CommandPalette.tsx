import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { WindowCommandId } from '../../common/commands';
import { filterEntries, type PaletteEntry } from '../state/windowCommandMap';

interface CommandPaletteProps {
  entries: PaletteEntry[];
  onRun(id: WindowCommandId): void;
  onClose(): void;
}

/**
 * The command palette: a modal dialog with a combobox that filters the window's commands as
 * one types; arrows move through them, Enter runs one, Escape closes and puts the focus back
 * where it was.
 */
export function CommandPalette({ entries, onRun, onClose }: CommandPaletteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterEntries(entries, query), [entries, query]);
  const activeEntry = shown[Math.min(active, shown.length - 1)];

  useEffect(() => {
    returnTo.current = document.activeElement;
    dialog.current?.showModal();
    const back = returnTo;
    return () => {
      if (back.current instanceof HTMLElement) back.current.focus();
    };
  }, []);

  const choose = (entry: PaletteEntry | undefined) => {
    if (!entry || entry.unavailable) return;
    onClose();
    // After the dialog closes and the focus is back, so an editor action acts on the editor's selection.
    queueMicrotask(() => onRun(entry.id));
  };

  const move = (step: number) => {
    if (shown.length === 0) return;
    setActive((index) => (Math.min(index, shown.length - 1) + step + shown.length) % shown.length);
  };

  return (
    <dialog
      ref={dialog}
      className="command-palette"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        Command palette
      </h2>
      <input
        type="text"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeEntry ? `${id}-${activeEntry.id}` : undefined}
        autoComplete="off"
        placeholder="Type a command"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') move(1);
          else if (event.key === 'ArrowUp') move(-1);
          else if (event.key === 'Enter') choose(activeEntry);
          else return;
          event.preventDefault();
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Commands">
        {shown.map((entry) => (
          <li
            key={entry.id}
            id={`${id}-${entry.id}`}
            role="option"
            aria-selected={entry === activeEntry}
            aria-disabled={entry.unavailable ? true : undefined}
            className={entry === activeEntry ? 'active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(entry)}
          >
            <span className="command-label">{entry.label}</span>
            {entry.unavailable && <span className="command-reason"> — {entry.unavailable}</span>}
            {entry.keys && <kbd>{entry.keys}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p role="status">No command matches.</p>}
    </dialog>
  );
}
