import { describe, expect, it } from 'vitest';
import { menuKey, openingItem } from '../../../../../renderer/components/menu/menuKeys';

const items = [{ disabled: false }, { disabled: true }, { disabled: false }, { disabled: false }];

describe('an open menu’s keys', () => {
  it('move down and up past items that cannot be chosen, wrapping at the ends', () => {
    expect(menuKey('ArrowDown', items, 0)).toEqual({ kind: 'move', index: 2 });
    expect(menuKey('ArrowDown', items, 3)).toEqual({ kind: 'move', index: 0 });
    expect(menuKey('ArrowUp', items, 2)).toEqual({ kind: 'move', index: 0 });
    expect(menuKey('ArrowUp', items, 0)).toEqual({ kind: 'move', index: 3 });
  });

  it('go to the first and the last item with Home and End', () => {
    expect(menuKey('Home', items, 3)).toEqual({ kind: 'move', index: 0 });
    expect(menuKey('End', items, 0)).toEqual({ kind: 'move', index: 3 });
    expect(menuKey('End', [...items, { disabled: true }], 0)).toEqual({ kind: 'move', index: 3 });
  });

  it('close with Escape and Tab, and leave other keys to the item', () => {
    expect(menuKey('Escape', items, 2)).toEqual({ kind: 'close' });
    expect(menuKey('Tab', items, 2)).toEqual({ kind: 'close' });
    expect(menuKey('Enter', items, 2)).toEqual({ kind: 'none' });
    expect(menuKey('a', items, 2)).toEqual({ kind: 'none' });
  });
});

describe('the menu button’s keys', () => {
  it('open on the first item with ↓ and on the last with ↑; other keys are the button’s', () => {
    expect(openingItem('ArrowDown', [{ disabled: true }, ...items])).toBe(1);
    expect(openingItem('ArrowUp', items)).toBe(3);
    expect(openingItem('Enter', items)).toBeNull();
    expect(openingItem('x', items)).toBeNull();
  });
});
