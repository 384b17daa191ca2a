import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/hostFixture';
import { noteFiles } from '../support/noteFiles';

const titles = (page: Page) => page.getByRole('list', { name: 'Your notes' }).locator('.note-link-title').allTextContents();
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Notes' });

test.describe('the notes list', () => {
  test.use({
    workspaceFiles: noteFiles(
      { id: 'note-alpha', subject: 'Alpha budget', createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-03T09:00:00.000Z' },
      { id: 'note-bravo', subject: 'Bravo transit', createdAt: '2026-01-03T09:00:00.000Z', updatedAt: '2026-01-04T09:00:00.000Z' },
      { id: 'note-charlie', subject: 'Charlie housing', createdAt: '2026-01-02T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z' },
    ),
  });

  test('searches titles and sorts by last modified, title and created', async ({ page, host }) => {
    await page.goto(host.url);
    await expect.poll(() => titles(page)).toEqual(['Charlie housing', 'Bravo transit', 'Alpha budget']);

    const sort = page.getByLabel('Sort notes by');
    await sort.selectOption({ label: 'Title' });
    await expect.poll(() => titles(page)).toEqual(['Alpha budget', 'Bravo transit', 'Charlie housing']);
    await sort.selectOption({ label: 'Created' });
    await expect.poll(() => titles(page)).toEqual(['Bravo transit', 'Charlie housing', 'Alpha budget']);
    await sort.selectOption({ label: 'Last modified' });

    const search = page.getByRole('searchbox', { name: 'Search notes' });
    await search.fill('TRANS');
    await expect.poll(() => titles(page)).toEqual(['Bravo transit']);
    await search.fill('nothing like this');
    await expect(page.getByText('No note titles match “nothing like this”.')).toBeVisible();
    await search.fill('');
    await expect.poll(() => titles(page)).toHaveLength(3);
  });

  test('duplicates, renames, moves to the trash and restores from it, all from the keyboard', async ({ page, host }) => {
    await page.goto(host.url);
    await expect.poll(() => titles(page)).toHaveLength(3);

    await sidebar(page).getByRole('button', { name: 'Duplicate Alpha budget' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toContain('Alpha budget (copy)');
    expect(fs.readdirSync(path.join(host.dataDir, 'notes'))).toHaveLength(4);

    await sidebar(page).getByRole('button', { name: 'Rename Charlie housing' }).focus();
    await page.keyboard.press('Enter');
    const renameDialog = page.getByRole('dialog', { name: 'Rename note' });
    const titleBox = renameDialog.getByLabel('Title');
    await expect(titleBox).toBeFocused();
    await expect(titleBox).toHaveValue('Charlie housing');
    await titleBox.fill('Delta housing');
    await page.keyboard.press('Enter');
    await expect(renameDialog).toBeHidden();
    await expect.poll(() => titles(page)).toContain('Delta housing');
    const renamed = JSON.parse(fs.readFileSync(path.join(host.dataDir, 'notes', 'note-charlie.note.json'), 'utf8'));
    expect(renamed.metadata.subject).toBe('Delta housing');

    await sidebar(page).getByRole('button', { name: 'Move Bravo transit to trash' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).not.toContain('Bravo transit');
    await expect(page.getByRole('searchbox', { name: 'Search notes' })).toBeFocused();
    expect(fs.readdirSync(path.join(host.dataDir, 'trash'))).toEqual([expect.stringMatching(/^note-bravo\..+\.note\.json$/)]);

    await sidebar(page).getByRole('button', { name: 'Trash', exact: true }).click();
    const trash = page.getByRole('dialog', { name: 'Trash' });
    await expect(trash.getByRole('list', { name: 'Trashed notes' })).toContainText('Bravo transit');
    await trash.getByRole('button', { name: 'Restore Bravo transit' }).focus();
    await page.keyboard.press('Enter');
    await expect(trash.getByText('The trash is empty.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(trash).toBeHidden();
    await expect.poll(() => titles(page)).toContain('Bravo transit');
    expect(fs.existsSync(path.join(host.dataDir, 'notes', 'note-bravo.note.json'))).toBe(true);
  });

  test('renaming the open note updates its Subject field and keeps later edits', async ({ page, host }) => {
    await page.goto(host.url);
    await sidebar(page).getByRole('button', { name: /^Alpha budget/ }).click();
    const subject = page.getByLabel('Subject', { exact: true });
    await expect(subject).toHaveValue('Alpha budget');
    await sidebar(page).getByRole('button', { name: 'Rename Alpha budget' }).click();
    await page.getByRole('dialog', { name: 'Rename note' }).getByLabel('Title').fill('Alpha budget, revised');
    await page.getByRole('dialog', { name: 'Rename note' }).getByRole('button', { name: 'Rename' }).click();
    await expect(subject).toHaveValue('Alpha budget, revised');
    await expect(page.getByRole('heading', { name: 'Alpha budget, revised', level: 2 })).toBeVisible();

    await page.getByLabel('To', { exact: true }).fill('Deputy Minister');
    await expect(page.getByText('All changes saved')).toBeVisible();
    const saved = JSON.parse(fs.readFileSync(path.join(host.dataDir, 'notes', 'note-alpha.note.json'), 'utf8'));
    expect(saved.metadata).toMatchObject({ subject: 'Alpha budget, revised', to: 'Deputy Minister' });
  });
});

test('closing the window before a change is saved holds the close until the change is saved', async ({ page, host }) => {
  // The page's timers are stopped once the note exists, so no autosave can run before the
  // close however slow the machine is: only the close can save the sentence.
  await page.clock.install();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Information note', exact: true }).click();
  await page.getByLabel('Subject', { exact: true }).fill('Closing early');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.getByRole('textbox', { name: 'Note body' }).locator('h2:has-text("Background") + p').click();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.insertText('Written just before closing');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  const notesDir = path.join(host.dataDir, 'notes');
  const savedText = () => fs.readdirSync(notesDir).filter((name) => name.endsWith('.json')).map((name) => fs.readFileSync(path.join(notesDir, name), 'utf8')).join('');
  expect(savedText()).not.toContain('Written just before closing');

  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect.poll(savedText, { intervals: [20] }).toContain('Written just before closing');
  await expect(page.getByText('All changes saved')).toBeVisible();
});
