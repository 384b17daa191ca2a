import { nextEnabledItem } from '../contextMenu/editorMenuItems';

/** What a key pressed in an open menu does: move to an item, close the menu, or nothing of the menu's. */
export type MenuKeyOutcome = { kind: 'move'; index: number } | { kind: 'close' } | { kind: 'none' };

/**
 * An open menu's keys (WAI-ARIA menu button pattern): the arrows move through the items that
 * can be chosen, wrapping around; Home and End go to the first and the last; Escape and Tab
 * close it. Enter and Space are the focused item's own (it is a button).
 */
export function menuKey(key: string, items: readonly { disabled: boolean }[], active: number): MenuKeyOutcome {
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', index: nextEnabledItem(items, active, 1) };
    case 'ArrowUp':
      return { kind: 'move', index: nextEnabledItem(items, active, -1) };
    case 'Home':
      return { kind: 'move', index: nextEnabledItem(items, -1, 1) };
    case 'End':
      return { kind: 'move', index: nextEnabledItem(items, items.length, -1) };
    case 'Escape':
    case 'Tab':
      return { kind: 'close' };
    default:
      return { kind: 'none' };
  }
}

/**
 * The item a closed menu button opens its menu on, for a key pressed on the button: ↓ opens on
 * the first item, ↑ on the last; null when the key does not open it. (Enter and Space click the
 * button, and a click opens on the first item.)
 */
export function openingItem(key: string, items: readonly { disabled: boolean }[]): number | null {
  if (key === 'ArrowDown') return nextEnabledItem(items, -1, 1);
  if (key === 'ArrowUp') return nextEnabledItem(items, items.length, -1);
  return null;
}
