import { APP_SCHEME } from '../../common/urls';

/** Where the print window loads a page from: the app's scheme, in the print session only. */
export function printPageUrl(id: string): string {
  return `${APP_SCHEME}://print/${id}.html`;
}

/**
 * Whether the print window may load `requestUrl` while it prints the page at `pageUrl`: that
 * page, and the data: fonts and images inside it (which the print page's CSP allows), nothing
 * else. Compared by parts, not as strings, so no difference in escaping can block a print.
 */
export function printRequestAllowed(requestUrl: string, pageUrl: string): boolean {
  if (requestUrl.startsWith('data:')) return true;
  try {
    const requested = new URL(requestUrl);
    const page = new URL(pageUrl);
    // Host names are case-insensitive; Node leaves a custom scheme's host as written, Chromium lowers it.
    return requested.protocol === page.protocol && requested.host.toLowerCase() === page.host.toLowerCase() && requested.pathname === page.pathname;
  } catch {
    return false;
  }
}
