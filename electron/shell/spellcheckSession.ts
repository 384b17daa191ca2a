/**
 * The part of Electron's `Session` that controls Chromium's own spellchecker. Electron's
 * sessions fit it as they are; tests pass a stand-in.
 */
export interface SpellcheckSession {
  setSpellCheckerEnabled(enable: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  setSpellCheckerLanguages(languages: string[]): void;
}

/**
 * Where Chromium would fetch its dictionaries from: the discard port of this machine's
 * loopback address, which nothing of Brieflink's serves, and which the default session's
 * request filter refuses anyway (security.ts allows only the app's own scheme). Chromium
 * appends the file name to it, so it ends with a slash.
 */
export const UNREACHABLE_DICTIONARY_URL = 'http://127.0.0.1:9/';

/**
 * Turns Chromium's spellchecker off for a session. Brieflink checks spelling itself, in the
 * window, with the dictionaries it ships (renderer/spelling/); Chromium's would download
 * `.bdic` files from Google's servers the first time a language is used. The download
 * address is pointed at nowhere first and the language list emptied, so that even a
 * spellchecker turned back on (a new Electron default, a context menu) has nothing to fetch.
 * On macOS Electron uses the system's spellchecker and these calls change nothing there
 * beyond turning it off.
 */
export function turnOffChromiumSpellchecker(session: SpellcheckSession): void {
  session.setSpellCheckerDictionaryDownloadURL(UNREACHABLE_DICTIONARY_URL);
  session.setSpellCheckerLanguages([]);
  session.setSpellCheckerEnabled(false);
}
