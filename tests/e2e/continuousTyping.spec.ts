import fs from 'node:fs';
import path from 'node:path';
import { plainText, type SerializedEditorState } from '../../common/editorState';
import { noteSchema } from '../../common/note';
import { expect, test } from '../support/hostFixture';
import { noteFiles } from '../support/noteFiles';

/** The saving promise: a change is on disk at most a second after it was made while typing goes on. */
const MAX_WAIT_MS = 1000;
/** Room for the save's own trip to the back end and the test's keystrokes on a busy machine. */
const TRIP_ALLOWANCE_MS = 1000;

/** The paragraph being typed into, as a saved body holds it. */
function typedLine(body: SerializedEditorState): string {
  return plainText(body.root).split('\n').find((line) => line.startsWith('Start.')) ?? '';
}

test.use({ workspaceFiles: noteFiles({ id: 'note-typing', subject: 'Typing without pause', text: 'Start.' }) });

test('typing that never pauses is saved every second, so a crashed tab loses at most the last moments', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Typing without pause/ }).click();
  await page.getByRole('textbox', { name: 'Note body' }).locator('p', { hasText: 'Start.' }).click();
  await page.keyboard.press('End');

  // Every save the page sends: when, and the paragraph being typed as it carried it.
  const saves: { at: number; text: string }[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/notes.save')) return;
    const sent = JSON.parse(request.postData() ?? '{}') as { body: string };
    saves.push({ at: Date.now(), text: typedLine(JSON.parse(sent.body)) });
  });
  const cdp = await page.context().newCDPSession(page);
  // One long run of keys 20 ms apart (far under the 150 ms pause saving used to wait for),
  // crashed under it after about six seconds.
  const keys = Array.from({ length: 2000 }, (_, n) => (n % 7 === 6 ? ' ' : String.fromCharCode(97 + (n % 26)))).join('');
  const started = Date.now();
  const typing = page.keyboard.type(keys, { delay: 20 }).catch(() => {
    // The crash cuts the typing short.
  });
  while (Date.now() - started < 6000) await new Promise((resolve) => setTimeout(resolve, 100));

  // A hard crash of the tab in the middle of the typing: no unload, no last flush.
  const crash = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => {});
  await crash;
  const crashedAt = Date.now();
  await typing;
  // A save the crash caught on its way may still land; what is on disk then is what counts.
  await new Promise((resolve) => setTimeout(resolve, 300));

  const note = noteSchema.parse(JSON.parse(fs.readFileSync(path.join(host.dataDir, 'notes', 'note-typing.note.json'), 'utf8')));
  const saved = typedLine(note.body);
  expect(`Start.${keys}`.startsWith(saved)).toBe(true);
  // What is on disk was sent at most a second (and the trip) before the crash: only keys typed after that are lost.
  const sentAt = saves.findLast((save) => save.text === saved)?.at ?? started;
  const typingSaves = saves.filter((save) => save.at < crashedAt).length;
  console.log(
    `typed without pause for ${((crashedAt - started) / 1000).toFixed(1)} s, ${typingSaves} saves meanwhile; ` +
      `on disk after the crash: ${saved.length - 'Start.'.length} characters, sent ${crashedAt - sentAt} ms before the crash`,
  );
  // Saved while the typing went on, not only once it stopped.
  expect(typingSaves).toBeGreaterThanOrEqual(3);
  expect(crashedAt - sentAt).toBeLessThanOrEqual(MAX_WAIT_MS + TRIP_ALLOWANCE_MS);
});
