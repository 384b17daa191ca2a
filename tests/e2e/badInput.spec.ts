import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/hostFixture';
import { makeNote } from '../support/noteFiles';
import { paragraphNode, textNode } from '../../common/editorState';

test.describe('a corrupt settings file', () => {
  test.use({ workspaceFiles: { 'settings.json': '{"author": {"name": "Ada"' } });

  test('is backed up and replaced by defaults, with a visible notice', async ({ page, host }) => {
    await page.goto(host.url);
    const notice = page.getByRole('alert').filter({ hasText: 'settings file could not be read' });
    await expect(notice).toBeVisible();
    const backups = fs.readdirSync(path.join(host.dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(fs.readFileSync(path.join(host.dataDir, 'backups', backups[0]), 'utf8')).toBe('{"author": {"name": "Ada"');
    await expect(notice).toContainText(backups[0]);
    // The app carries on: a note can still be created.
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Information note' }).click();
    await expect(page.getByLabel('Subject', { exact: true })).toBeVisible();
  });
});

const DAMAGED = '{"format":"brieflink-note","formatVersion":1,"id":"0badc0de","metad';

test.describe('a corrupt note file', () => {
  test.use({ workspaceFiles: { 'notes/0badc0de.note.json': DAMAGED } });

  test('is listed, opens as "could not read this note", and is left untouched', async ({ page, host }) => {
    await page.goto(host.url);
    const entry = page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Unreadable note/ });
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(page.getByRole('alert')).toContainText('Could not read this note');
    expect(fs.readFileSync(path.join(host.dataDir, 'notes', '0badc0de.note.json'), 'utf8')).toBe(DAMAGED);
  });
});

/** A note of this version whose body holds a block of a type the editor does not know, between two it does. */
const UNKNOWN_BLOCK = (() => {
  const note = makeNote({ id: 'unknown-block', subject: 'Half a note', text: 'Before the unknown block.' });
  note.body.root.children.push({ type: 'callout', version: 1, children: [] }, paragraphNode([textNode('After the unknown block.')]));
  return JSON.stringify(note);
})();

test.describe('a note holding a block of an unknown type', () => {
  test.use({ workspaceFiles: { 'notes/unknown-block.note.json': UNKNOWN_BLOCK } });

  test('opens as "could not read this note", naming the type, and is never saved in part', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Unreadable note/ }).click();
    await expect(page.getByRole('alert')).toContainText('Could not read this note');
    await expect(page.getByRole('alert')).toContainText('"callout"');
    await expect(page.getByRole('textbox', { name: 'Note body' })).toHaveCount(0);
    expect(fs.readFileSync(path.join(host.dataDir, 'notes', 'unknown-block.note.json'), 'utf8')).toBe(UNKNOWN_BLOCK);
  });
});

test.describe('a note from a newer version', () => {
  test.use({ workspaceFiles: { 'notes/0newer.note.json': '{"format":"brieflink-note","formatVersion":99,"id":"0newer"}' } });

  test('says which version wrote it and is not changed', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Note from a newer version/ }).click();
    await expect(page.getByRole('alert')).toContainText('written by a newer version of Brieflink');
    expect(fs.readFileSync(path.join(host.dataDir, 'notes', '0newer.note.json'), 'utf8')).toContain('"formatVersion":99');
  });
});

test('a call with malformed arguments gets a clear error and changes nothing', async ({ page, host }) => {
  await page.goto(host.url);
  const token = new URL(host.url).hash.replace('#token=', '');
  const answer = await page.evaluate(async (sessionToken) => {
    const response = await fetch('/api/notes.save', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Brieflink-Token': sessionToken },
      body: JSON.stringify({ id: '../../settings', metadata: {}, body: { root: 'nope' } }),
    });
    return { status: response.status, body: await response.json() };
  }, token);
  expect(answer.status).toBe(400);
  expect(answer.body.ok).toBe(false);
  expect(answer.body.error.code).toBe('BAD_ARGUMENTS');
  expect(answer.body.error.message).toContain('notes.save');
  expect(answer.body.error.message).toContain('id');
  expect(fs.readdirSync(path.join(host.dataDir, 'notes'))).toEqual([]);
});
