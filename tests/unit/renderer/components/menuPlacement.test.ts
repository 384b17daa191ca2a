import { describe, expect, it } from 'vitest';
import { placeInWindow } from '../../../../renderer/components/contextMenu/menuPlacement';

const window = { width: 1280, height: 800 };
const menu = { width: 200, height: 300 };

describe('placeInWindow', () => {
  it('keeps the point where the menu fits below and right of it', () => {
    expect(placeInWindow({ x: 100, y: 100 }, menu, window)).toEqual({ x: 100, y: 100 });
  });

  it('opens above a point near the bottom, and left of a point near the right edge', () => {
    expect(placeInWindow({ x: 1200, y: 700 }, menu, window)).toEqual({ x: 1000, y: 400 });
  });

  it('keeps the whole menu in a window too small to flip it', () => {
    expect(placeInWindow({ x: 150, y: 250 }, menu, { width: 300, height: 400 })).toEqual({ x: 100, y: 100 });
    // Taller than the window: from the top (the menu scrolls within it).
    expect(placeInWindow({ x: 10, y: 50 }, { width: 200, height: 900 }, window)).toEqual({ x: 10, y: 0 });
  });
});
