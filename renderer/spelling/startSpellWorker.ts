import { createSpellClient, type SpellClient, type SpellTransport } from './spellClient';

/**
 * Starts the spelling worker (a file of the app's own bundle, so the CSP's script-src
 * 'self' allows it) and returns its client. One per window: the dictionaries it loads are
 * shared by every note opened in it.
 */
export function startSpellWorker(): SpellClient {
  const worker = new Worker(new URL('./spellWorker.ts', import.meta.url), { type: 'module', name: 'brieflink-spelling' });
  return createSpellClient(worker as unknown as SpellTransport);
}
