import { expect, test } from '../support/hostFixture';
import { makeNote, noteFiles } from '../support/noteFiles';
import { seriousViolations } from '../support/axe';
import { noteAction } from '../support/noteActions';

// Axe over the open dialog only when there is one (the page behind it is checked in accessibility.spec.ts).

test.describe('the notes and templates dialogs', () => {
  test.use({
    workspaceFiles: {
      ...noteFiles({ id: 'note-alpha', subject: 'Alpha budget', text: 'Some text.' }),
      'snapshots/note-alpha/2026-01-01T09-00-00-000Z--export.note.json': JSON.stringify(makeNote({ id: 'note-alpha', subject: 'Alpha draft' })),
      'trash/note-bravo.2026-01-02T09-00-00-000Z.note.json': JSON.stringify(makeNote({ id: 'note-bravo', subject: 'Bravo transit' })),
      'notes/note-future.note.json': JSON.stringify({ ...makeNote({ id: 'note-future', subject: 'Future', text: 'Later.' }), formatVersion: 99 }),
    },
  });

  test('the notes list, Rename and Trash have no serious violations', async ({ page, host }) => {
    await page.goto(host.url);
    const sidebar = page.getByRole('navigation', { name: 'Notes' });
    await expect(sidebar.getByRole('button', { name: /^Alpha budget/ })).toBeVisible();
    expect(await seriousViolations(page, 'nav')).toEqual([]);

    await sidebar.getByRole('button', { name: 'Rename Alpha budget' }).click();
    await expect(page.getByRole('dialog', { name: 'Rename note' })).toBeVisible();
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
    await page.keyboard.press('Escape');

    await sidebar.getByRole('button', { name: 'Trash', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Trash' }).getByRole('button', { name: 'Restore Bravo transit' })).toBeVisible();
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
  });

  test('History, Save as template and the read-only view have no serious violations', async ({ page, host }) => {
    await page.goto(host.url);
    const sidebar = page.getByRole('navigation', { name: 'Notes' });
    await sidebar.getByRole('button', { name: /^Alpha budget/ }).click();
    await (await noteAction(page, 'History')).click();
    const history = page.getByRole('dialog', { name: 'History' });
    await history.getByRole('list', { name: 'Snapshots' }).getByRole('button').first().click();
    await expect(history.getByRole('region', { name: 'Snapshot text' })).toBeVisible();
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
    await page.keyboard.press('Escape');

    await (await noteAction(page, 'Save as template')).click();
    await expect(page.getByRole('dialog', { name: 'Save as template' })).toBeVisible();
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
    await page.keyboard.press('Escape');

    await sidebar.getByRole('button', { name: /^Future/ }).click();
    await expect(page.getByRole('region', { name: 'Note text (read-only)' })).toBeVisible();
    expect(await seriousViolations(page, 'main')).toEqual([]);
  });

  test('the template manager and editor have no serious violations', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Templates' }).click();
    const manager = page.getByRole('dialog', { name: 'Templates' });
    await manager.getByRole('button', { name: 'Duplicate Decision note' }).click();
    await expect(manager.getByRole('button', { name: 'Edit Decision note (copy)' })).toBeVisible();
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
    await manager.getByRole('button', { name: 'Edit Decision note (copy)' }).click();
    await expect(manager.getByLabel('Heading of section 1')).toBeVisible();
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
  });
});

test('the template dialogs, made when first opened, hand the focus back to the button that opened them each time', async ({ page, host }) => {
  await page.goto(host.url);
  const openAndClose = async (button: string, dialog: string) => {
    const opener = page.getByRole('button', { name: button });
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: dialog })).toBeHidden();
    await expect(opener).toBeFocused();
  };
  for (let time = 0; time < 2; time++) {
    await openAndClose('New note', 'Choose a template');
    await openAndClose('Templates', 'Templates');
  }
});
