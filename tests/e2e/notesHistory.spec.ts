import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/hostFixture';
import { makeNote } from '../support/noteFiles';
import { noteAction } from '../support/noteActions';

test('a snapshot is taken on export, previewed and restored from History', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
  const subject = page.getByLabel('Subject', { exact: true });
  await subject.fill('Version one');
  await expect(page.getByText('All changes saved')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByRole('alertdialog', { name: 'Some required parts are empty' }).getByRole('button', { name: 'Export anyway' }).click();
  await download;

  await subject.fill('Version two');
  await expect(page.getByText('All changes saved')).toBeVisible();

  await (await noteAction(page, 'History')).click();
  const history = page.getByRole('dialog', { name: 'History' });
  const snapshots = history.getByRole('list', { name: 'Snapshots' }).getByRole('button');
  // Newest first: the export, then the snapshot of the first save.
  await expect(snapshots).toHaveCount(2);
  await expect(snapshots.nth(0)).toContainText('Exported');
  await expect(snapshots.nth(1)).toContainText('While editing');

  await snapshots.nth(0).click();
  await expect(snapshots.nth(0)).toHaveAttribute('aria-pressed', 'true');
  const preview = history.getByRole('region', { name: /^Preview/ });
  await expect(preview).toContainText('Version one');
  await expect(history.getByRole('region', { name: 'Snapshot text' })).toContainText('Summary');
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(history).toBeHidden();

  await expect(page.getByLabel('Subject', { exact: true })).toHaveValue('Version one');
  await expect(page.getByRole('status').filter({ hasText: 'Restored the version from' })).toBeVisible();

  await (await noteAction(page, 'History')).click();
  await expect(snapshots).toHaveCount(3);
  await expect(snapshots.nth(0)).toContainText('Before a restore');
  await snapshots.nth(0).click();
  await expect(history.getByRole('region', { name: /^Preview/ })).toContainText('Version two');

  const [noteFile] = fs.readdirSync(path.join(host.dataDir, 'notes'));
  const noteId = noteFile.replace('.note.json', '');
  expect(fs.readdirSync(path.join(host.dataDir, 'snapshots', noteId))).toHaveLength(3);
});

const DAMAGED = '{"format":"brieflink-note","formatVersion":1,"id":"note-damaged","metad';
const SNAPSHOT = makeNote({ id: 'note-damaged', subject: 'Recovered briefing', text: 'Text kept in the snapshot.' });

test.describe('a damaged note with a snapshot', () => {
  test.use({
    workspaceFiles: {
      'notes/note-damaged.note.json': DAMAGED,
      'snapshots/note-damaged/2026-01-01T09-00-00-000Z--export.note.json': JSON.stringify(SNAPSHOT),
    },
  });

  test('offers "Restore from last snapshot", keeps the damaged file in backups, and opens the restored note', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Unreadable note/ }).click();
    await expect(page.getByRole('alert')).toContainText('Could not read this note');
    await page.getByRole('button', { name: 'Restore from last snapshot' }).click();

    await expect(page.getByLabel('Subject', { exact: true })).toHaveValue('Recovered briefing');
    await expect(page.getByRole('textbox', { name: 'Note body' })).toContainText('Text kept in the snapshot.');
    const backups = fs.readdirSync(path.join(host.dataDir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/^note-damaged\..+\.damaged\.note\.json$/)]);
    expect(fs.readFileSync(path.join(host.dataDir, 'backups', backups[0]), 'utf8')).toBe(DAMAGED);
    await expect(page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Recovered briefing/ })).toBeVisible();
  });
});

test.describe('a damaged note without a snapshot', () => {
  test.use({ workspaceFiles: { 'notes/note-damaged.note.json': DAMAGED } });

  test('offers no restore', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Unreadable note/ }).click();
    await expect(page.getByRole('alert')).toContainText('Could not read this note');
    await expect(page.getByRole('button', { name: 'Restore from last snapshot' })).toHaveCount(0);
  });
});

const NEWER = JSON.stringify({
  ...makeNote({ id: 'note-future', subject: 'Plans from the future', text: 'A paragraph this version can still show.' }),
  formatVersion: 9,
  somethingNew: { layers: [1, 2] },
});

test.describe('a note written by a newer version', () => {
  test.use({ workspaceFiles: { 'notes/note-future.note.json': NEWER } });

  test('opens read-only with a message, shows its subject and text, and is never rewritten', async ({ page, host }) => {
    await page.goto(host.url);
    const file = path.join(host.dataDir, 'notes', 'note-future.note.json');
    const before = fs.statSync(file).mtimeMs;
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Plans from the future.*Newer version · read-only/ }).click();

    await expect(page.getByRole('alert')).toContainText('written by a newer version of Brieflink (note format 9');
    await expect(page.getByRole('heading', { name: 'Plans from the future' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Note text (read-only)' })).toContainText('A paragraph this version can still show.');
    const main = page.getByRole('main');
    await expect(main.getByRole('textbox')).toHaveCount(0);
    await expect(main.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export PDF' })).toHaveCount(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(NEWER);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });
});
