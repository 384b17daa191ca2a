import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import './contextMenu.css';
import { placeInWindow } from './menuPlacement';
import { nextEnabledItem, type EditorMenuAction, type EditorMenuItem } from './editorMenuItems';

interface ContextMenuProps {
  label: string;
  items: readonly EditorMenuItem[];
  /** Where it opens, in the window's coordinates. */
  at: { x: number; y: number };
  onChoose(action: EditorMenuAction): void;
  /** Closed without a choice (Escape, Tab, a click elsewhere): focus goes back to where it was. */
  onClose(): void;
}

/**
 * A menu of the app's own (role menu, items role menuitem): the first enabled item has focus,
 * arrow keys, Home and End move, Enter or Space chooses, Escape closes.
 */
export function ContextMenu({ label, items, at, onChoose, onClose }: ContextMenuProps) {
  const [active, setActive] = useState(() => nextEnabledItem(items, -1, 1));
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuRef = useRef<HTMLDivElement | null>(null);
  const firstEnabled = nextEnabledItem(items, -1, 1);
  const labels = items.map((item) => item.label).join('\n');

  // The items change when suggestions arrive: focus goes to the first one that can be chosen.
  useEffect(() => {
    setActive(firstEnabled);
  }, [labels, firstEnabled]);
  useEffect(() => {
    itemRefs.current[active]?.focus();
  }, [active, labels]);

  // Measured before it is painted, then moved wholly into the window (a word near the bottom opens it above).
  const [placed, setPlaced] = useState(at);
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const next = placeInWindow(at, { width: menu.offsetWidth, height: menu.offsetHeight }, { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight });
    setPlaced((current) => (current.x === next.x && current.y === next.y ? current : next));
  }, [at, labels]);

  const choose = (item: EditorMenuItem) => {
    if (item.action && !item.disabled) onChoose(item.action);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => number> = {
      ArrowDown: () => nextEnabledItem(items, active, 1),
      ArrowUp: () => nextEnabledItem(items, active, -1),
      Home: () => nextEnabledItem(items, -1, 1),
      End: () => nextEnabledItem(items, items.length, -1),
    };
    if (moves[event.key]) {
      event.preventDefault();
      setActive(moves[event.key]());
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  };

  return createPortal(
    <div
      ref={menuRef}
      role="menu"
      aria-label={label}
      className="context-menu"
      style={{ left: placed.x, top: placed.y }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        const item = event.target as Node;
        const next = event.relatedTarget as Node | null;
        if (menuRef.current?.contains(next)) return;
        if (next) return onClose();
        // The focus went nowhere: a click outside the menu, or the focused item replaced as the list
        // changed (its suggestions arriving), which Chromium blurs just before removing it. The
        // second is not the user leaving the menu (the new first item takes the focus); once the
        // removal is done, the two are told apart.
        setTimeout(() => {
          const menu = menuRef.current;
          if (!menu || menu.contains(document.activeElement)) return;
          const first = menu.querySelector<HTMLButtonElement>('button:not([disabled])');
          if (item.isConnected || !first) onClose();
          else first.focus();
        }, 0);
      }}
    >
      {items.map((item, index) => (
        <button
          key={`${index}-${item.label}`}
          ref={(element) => {
            itemRefs.current[index] = element;
          }}
          type="button"
          role="menuitem"
          className={item.groupStart ? 'context-menu-item group-start' : 'context-menu-item'}
          tabIndex={index === active ? 0 : -1}
          aria-disabled={item.disabled || undefined}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => choose(item)}
        >
          {item.label}
        </button>
      ))}
    </div>,
    document.body,
  );
}
