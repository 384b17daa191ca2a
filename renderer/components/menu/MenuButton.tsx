import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { menuKey, openingItem } from './menuKeys';
import './menuButton.css';

/** One item of a menu button's menu. */
export interface MenuButtonItem {
  label: string;
  disabled: boolean;
  /** A separator goes before this item. */
  groupStart: boolean;
  /** Set for an on/off item (role menuitemcheckbox). */
  checked?: boolean;
}

interface MenuButtonProps<Item extends MenuButtonItem> {
  /** The button's name, and the menu's. */
  label: string;
  /** Read when the menu opens: the items show the state of that moment. */
  items(): readonly Item[];
  /** Called after the menu has closed and focus is back on the button (a dialog it opens returns focus there). */
  onChoose(item: Item): void;
}

/**
 * A button that opens a menu (WAI-ARIA menu button): a click, Enter or Space opens it on the
 * first item, ↓ on the first and ↑ on the last; in it the arrows, Home and End move, Enter or
 * Space chooses, Escape or Tab closes it and focus goes back to the button.
 */
export function MenuButton<Item extends MenuButtonItem>({ label, items, onChoose }: MenuButtonProps<Item>) {
  const [active, setActive] = useState<number | null>(null);
  const open = active !== null;
  const shown = open ? items() : [];
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (active !== null) itemRefs.current[active]?.focus();
  }, [active]);

  const close = () => {
    setActive(null);
    button.current?.focus();
  };

  const choose = (item: Item) => {
    if (item.disabled) return;
    close();
    onChoose(item);
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    if (active === null) return;
    const outcome = menuKey(event.key, shown, active);
    if (outcome.kind === 'none') return;
    event.preventDefault();
    if (outcome.kind === 'move') setActive(outcome.index);
    else close();
  };

  return (
    <span className="menu-button">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setActive(null) : setActive(openingItem('ArrowDown', items())))}
        onKeyDown={(event) => {
          const start = open ? null : openingItem(event.key, items());
          if (start === null) return;
          event.preventDefault();
          setActive(start);
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          className="menu-button-menu"
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            // Focus left for somewhere else (a click outside): the menu closes, focus stays where it went.
            const to = event.relatedTarget as Node | null;
            if (!menu.current?.contains(to) && to !== button.current) setActive(null);
          }}
        >
          {shown.map((item, index) => (
            <button
              key={`${index}-${item.label}`}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              aria-disabled={item.disabled || undefined}
              className={item.groupStart ? 'menu-button-item group-start' : 'menu-button-item'}
              tabIndex={index === active ? 0 : -1}
              onClick={() => choose(item)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
