import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '../../../../electron/shell/permissions';

describe('the window’s permissions', () => {
  it('grants the clipboard to the app’s own page, for its context menu', () => {
    expect(isPermissionGranted('clipboard-read', 'brieflink://app/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'brieflink://app')).toBe(true);
  });

  it('refuses the clipboard to any other page, and every other permission to all', () => {
    expect(isPermissionGranted('clipboard-read', 'https://example.org/')).toBe(false);
    expect(isPermissionGranted('clipboard-read', 'file:///etc/passwd')).toBe(false);
    expect(isPermissionGranted('clipboard-read', 'brieflink://elsewhere/')).toBe(false);
    expect(isPermissionGranted('clipboard-read', undefined)).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'hid', 'serial', 'clipboard-write']) {
      expect(isPermissionGranted(permission, 'brieflink://app/')).toBe(false);
    }
  });
});
