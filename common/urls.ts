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

/** True for a web address a development may link to: http or https, with a host. */
export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The address without a user name or password written into it (`http://user:pw@host/`):
 * such credentials are never kept in the library nor given to anyone in an export. An
 * address without them, or that is no URL, is returned as it was.
 */
export function withoutCredentials(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!parsed.username && !parsed.password) return url;
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}${parsed.hash}`;
}
