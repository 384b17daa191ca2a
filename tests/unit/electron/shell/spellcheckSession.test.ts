import { describe, expect, it } from 'vitest';
import { turnOffChromiumSpellchecker, UNREACHABLE_DICTIONARY_URL, type SpellcheckSession } from '../../../../electron/shell/spellcheckSession';

/** Records calls in order, as Electron's session would receive them. */
function recordingSession() {
  const calls: Array<[string, unknown]> = [];
  const session: SpellcheckSession = {
    setSpellCheckerEnabled: (enable) => calls.push(['enabled', enable]),
    setSpellCheckerDictionaryDownloadURL: (url) => calls.push(['downloadUrl', url]),
    setSpellCheckerLanguages: (languages) => calls.push(['languages', languages]),
  };
  return { calls, session };
}

describe('turnOffChromiumSpellchecker', () => {
  it('points the dictionary download at nowhere before anything else, empties the languages and turns the checker off', () => {
    const { calls, session } = recordingSession();
    turnOffChromiumSpellchecker(session);
    expect(calls).toEqual([
      ['downloadUrl', UNREACHABLE_DICTIONARY_URL],
      ['languages', []],
      ['enabled', false],
    ]);
  });

  it('uses a download address on this machine only, that Chromium can append a file name to', () => {
    const url = new URL(UNREACHABLE_DICTIONARY_URL);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.pathname.endsWith('/')).toBe(true);
  });
});
