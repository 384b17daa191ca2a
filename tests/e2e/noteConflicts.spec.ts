import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test, type RunningHost } from '../support/hostFixture';
import { noteFiles } from '../support/noteFiles';
import { noteAction } from '../support/noteActions';

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Notes' });
const body = (page: Page) => page.getByRole('textbox', { name: 'Note body' });
const conflictDialog = (page: Page) => page.getByRole('dialog', { name: 'This note was changed in another window' });
const noteFile = (host: RunningHost, id = 'note-shared') => path.join(host.dataDir, 'notes', `${id}.note.json`);
const savedText = (host: RunningHost, id = 'note-shared') => fs.readFileSync(noteFile(host, id), 'utf8');

const A_TEXT = 'Paragraph written in tab A.';
const B_TEXT = 'Paragraph written in tab B.';

/** Opens the shared note in a tab and waits for its body. */
async function openShared(page: Page, host: RunningHost) {
  await page.goto(host.url);
  await sidebar(page).getByRole('button', { name: /^Shared brief/ }).click();
  await expect(body(page)).toContainText('Opening text.');
}

/**
 * A new paragraph after the opening text, its text entered at once: typed key by key, a save
 * made within the first second could open the conflict dialog before the paragraph is done.
 */
async function addParagraph(page: Page, text: string) {
  await body(page).locator('p', { hasText: 'Opening text.' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(text);
}

/**
 * Two tabs on one note: A adds a paragraph and it is saved; B, still on the version it
 * opened, adds another. Before, B's save silently dropped A's paragraph; now it is refused
 * and B is asked what to keep.
 */
async function conflictInTabB(page: Page, host: RunningHost): Promise<Page> {
  const tabB = await page.context().newPage();
  await openShared(page, host);
  await openShared(tabB, host);
  await addParagraph(page, A_TEXT);
  await expect.poll(() => savedText(host)).toContain(A_TEXT);
  await addParagraph(tabB, B_TEXT);
  await expect(conflictDialog(tabB)).toBeVisible();
  await expect(tabB.getByRole('status').filter({ hasText: 'Not saved' })).toContainText('changed elsewhere');
  // Nothing of A's was overwritten, and B's text is still in its window.
  expect(savedText(host)).toContain(A_TEXT);
  expect(savedText(host)).not.toContain(B_TEXT);
  await expect(body(tabB)).toContainText(B_TEXT);
  return tabB;
}

test.describe('one note open in two tabs', () => {
  test.use({ workspaceFiles: noteFiles({ id: 'note-shared', subject: 'Shared brief', text: 'Opening text.' }) });

  test('a save made on an older version is refused and both versions are compared', async ({ page, host }) => {
    const tabB = await conflictInTabB(page, host);
    const dialog = conflictDialog(tabB);
    const texts = dialog.getByRole('region', { name: 'The text of both versions' });
    await expect(texts.getByRole('region', { name: /^Their version/ })).toContainText(A_TEXT);
    await expect(texts.getByRole('region', { name: /^Your version/ })).toContainText(B_TEXT);
    await expect(texts.getByRole('region', { name: /^Their version/ })).not.toContainText(B_TEXT);
    const choices = dialog.getByRole('group', { name: 'Choose what to keep' });
    for (const name of ['Keep theirs', 'Keep mine', 'Keep both', 'Merge by hand']) await expect(choices.getByRole('button', { name })).toBeVisible();
    expect(await seriousViolations(tabB, 'dialog[open]')).toEqual([]);
  });

  test('keep theirs: the tab shows the other version and drops its own change', async ({ page, host }) => {
    const tabB = await conflictInTabB(page, host);
    await conflictDialog(tabB).getByRole('button', { name: 'Keep theirs' }).click();
    await expect(conflictDialog(tabB)).toBeHidden();
    await expect(body(tabB)).toContainText(A_TEXT);
    await expect(body(tabB)).not.toContainText(B_TEXT);
    await expect(tabB.getByText('All changes saved')).toBeVisible();
    expect(savedText(host)).toContain(A_TEXT);
    expect(savedText(host)).not.toContain(B_TEXT);
  });

  test('keep mine: saved on top of theirs, and theirs stays in History', async ({ page, host }) => {
    const tabB = await conflictInTabB(page, host);
    await conflictDialog(tabB).getByRole('button', { name: 'Keep mine' }).click();
    await expect(conflictDialog(tabB)).toBeHidden();
    await expect.poll(() => savedText(host)).toContain(B_TEXT);
    expect(savedText(host)).not.toContain(A_TEXT);

    await (await noteAction(tabB, 'History')).click();
    const history = tabB.getByRole('dialog', { name: 'History' });
    const kept = history.getByRole('list', { name: 'Snapshots' }).getByRole('button', { name: /Replaced by a version from another window/ });
    await kept.click();
    await expect(history.getByRole('region', { name: 'Snapshot text' })).toContainText(A_TEXT);

    // Tab B goes on saving normally on the new revision.
    await tabB.keyboard.press('Escape');
    await addParagraph(tabB, 'Later in tab B.');
    await expect.poll(() => savedText(host)).toContain('Later in tab B.');
  });

  test('keep both: mine becomes a new note, the note keeps theirs', async ({ page, host }) => {
    const tabB = await conflictInTabB(page, host);
    await conflictDialog(tabB).getByRole('button', { name: 'Keep both' }).click();
    await expect(conflictDialog(tabB)).toBeHidden();
    await expect(body(tabB)).toContainText(A_TEXT);
    const copyButton = sidebar(tabB).getByRole('button', { name: /^Shared brief \(copy\)/ });
    await expect(copyButton).toBeVisible();
    const copies = fs.readdirSync(path.join(host.dataDir, 'notes')).filter((name) => name !== 'note-shared.note.json');
    expect(copies).toHaveLength(1);
    const copy = fs.readFileSync(path.join(host.dataDir, 'notes', copies[0]), 'utf8');
    expect(copy).toContain(B_TEXT);
    expect(copy).not.toContain(A_TEXT);
    expect(savedText(host)).toContain(A_TEXT);
    expect(savedText(host)).not.toContain(B_TEXT);
  });

  test('merge by hand: mine is saved, theirs is shown to copy from, and the merged note keeps both paragraphs', async ({ page, host }) => {
    const tabB = await conflictInTabB(page, host);
    await conflictDialog(tabB).getByRole('button', { name: 'Merge by hand' }).click();
    await expect(conflictDialog(tabB)).toBeHidden();
    const theirs = tabB.getByRole('region', { name: /^The other window’s version/ });
    await expect(theirs).toContainText(A_TEXT);
    await expect.poll(() => savedText(host)).toContain(B_TEXT);

    // The user brings A's paragraph over by hand.
    await addParagraph(tabB, A_TEXT);
    await expect.poll(() => savedText(host)).toContain(A_TEXT);
    expect(savedText(host)).toContain(B_TEXT);
    await tabB.getByRole('button', { name: 'Close the other version' }).click();
    await expect(theirs).toBeHidden();
  });

  test('a rename in one tab is not reverted by a later edit in another', async ({ page, host }) => {
    const tabB = await page.context().newPage();
    await openShared(page, host);
    await openShared(tabB, host);
    await sidebar(page).getByRole('button', { name: 'Rename Shared brief' }).click();
    await page.getByRole('dialog', { name: 'Rename note' }).getByLabel('Title').fill('Renamed in tab A');
    await page.getByRole('dialog', { name: 'Rename note' }).getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => JSON.parse(savedText(host)).metadata.subject).toBe('Renamed in tab A');

    await addParagraph(tabB, B_TEXT);
    const dialog = conflictDialog(tabB);
    await expect(dialog).toBeVisible();
    const subjectRow = dialog.getByRole('table', { name: 'Details that differ' }).getByRole('row', { name: /Subject/ });
    await expect(subjectRow).toContainText('Renamed in tab A');
    await expect(subjectRow).toContainText('Shared brief');
    expect(JSON.parse(savedText(host)).metadata.subject).toBe('Renamed in tab A');

    // Keeping both versions' parts: B's paragraph on top of the renamed note.
    await dialog.getByRole('button', { name: 'Keep theirs' }).click();
    await expect(tabB.getByLabel('Subject', { exact: true })).toHaveValue('Renamed in tab A');
    await addParagraph(tabB, B_TEXT);
    await expect.poll(() => savedText(host)).toContain(B_TEXT);
    expect(JSON.parse(savedText(host)).metadata.subject).toBe('Renamed in tab A');
  });
});
