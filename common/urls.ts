/** The origin the desktop shell serves the renderer from. */
export const APP_SCHEME = 'brieflink';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** True for a URL inside the app's own origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}

/**
 * Links may open in the user's browser only if they are plain web addresses: no file:,
 * no custom schemes that launch other programs, no credentials smuggled in the URL.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && !parsed.username && !parsed.password && parsed.hostname !== '';
  } catch {
    return false;
  }
}
