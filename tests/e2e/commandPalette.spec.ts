import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/hostFixture';

test('Ctrl+Shift+P opens the command palette, "export pdf" and Enter export the PDF, and Escape gives the focus back', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Information note' }).click();
  const subject = page.getByLabel('Subject', { exact: true });
  await subject.fill('Palette export');

  await subject.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  const input = palette.getByRole('combobox', { name: 'Command' });
  await expect(input).toBeFocused();
  await expect(palette.getByRole('option', { name: /Export PDF/ })).toContainText('Ctrl+E');
  const axe = await new AxeBuilder({ page }).include('.command-palette').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);

  // Escape closes it and the focus goes back where it was.
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(subject).toBeFocused();

  await subject.press('Control+Shift+P');
  await input.fill('export pdf');
  await expect(palette.getByRole('option')).toHaveCount(1);
  const downloadPromise = page.waitForEvent('download');
  await input.press('Enter');
  await expect(palette).toBeHidden();
  // The same flow as the Export PDF button: the warning about empty parts, then the download.
  await page.getByRole('alertdialog', { name: 'Some required parts are empty' }).getByRole('button', { name: 'Export anyway' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Palette export.pdf');
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText('Palette export.pdf');
});

test('with no note open the palette shows the note commands disabled, with the reason', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New note' }).press('Control+Shift+P');
  const option = page.getByRole('dialog', { name: 'Command palette' }).getByRole('option', { name: /Export PDF/ });
  await expect(option).toHaveAttribute('aria-disabled', 'true');
  await expect(option).toContainText('Open a note first');
  // New note needs no open note: it runs, and opens the template choice as the button does.
  await page.keyboard.type('new note');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Choose a template' })).toBeVisible();
});

/** Opens the palette from where the focus is, types the command and runs it with Enter. */
async function runFromPalette(page: import('@playwright/test').Page, words: string, option: RegExp) {
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill(words);
  const wanted = palette.getByRole('option', { name: option });
  await expect(wanted).not.toHaveAttribute('aria-disabled', 'true');
  // Other commands may hold the same words ("share note" is in "Import a shared note"): go down to this one.
  for (let step = 0; step < 5 && (await wanted.getAttribute('aria-selected')) !== 'true'; step++) await page.keyboard.press('ArrowDown');
  await expect(wanted).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

test('every window command runs from the palette: library snippet, panels, imports, share and the shortcuts list', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Information note' }).click();
  await page.getByLabel('Subject', { exact: true }).fill('Palette commands');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('p').first().click();
  await page.keyboard.type('See ');

  // Insert › Snippet from the library opens the [[ menu at the caret, which the keyboard then drives.
  await runFromPalette(page, 'snippet library', /Snippet from the library/);
  const menu = page.getByRole('listbox', { name: 'Insert from library' });
  await expect(menu).toBeVisible();
  await page.keyboard.type('deepfake');
  await expect(menu.getByRole('option', { name: /India/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(body).toContainText('See [[deepfake');

  // View › Notes panel and Library panel take the focus to their search boxes.
  await runFromPalette(page, 'notes panel', /Notes panel/);
  await expect(page.getByLabel('Search notes')).toBeFocused();
  await runFromPalette(page, 'library panel', /Library panel/);
  await expect(page.getByLabel('Search library')).toBeFocused();

  // File › Import into library… opens the import panel and its file chooser.
  let chooser = page.waitForEvent('filechooser');
  await runFromPalette(page, 'import into library', /Import into library/);
  expect((await chooser).isMultiple()).toBe(true);
  await expect(page.getByRole('region', { name: 'Import into the library' })).toBeVisible();
  await expect(page.getByLabel('Import files')).toBeFocused();

  // File › Import a shared note… opens the shared note's file chooser.
  chooser = page.waitForEvent('filechooser');
  await runFromPalette(page, 'import shared', /Import a shared note/);
  expect(await (await chooser).element().getAttribute('id')).toBe('shared-note-import');

  // File › Share note… saves the shared-note file, as the button does.
  const download = page.waitForEvent('download');
  await runFromPalette(page, 'share note', /^Share note/);
  expect((await download).suggestedFilename()).toBe('palette-commands.brieflink-note.json');

  // Help › Keyboard shortcuts lists the menu's keys and the note body's own.
  await runFromPalette(page, 'keyboard shortcuts', /Keyboard shortcuts/);
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('table', { name: 'File' }).getByRole('row', { name: /Export PDF/ })).toContainText('Ctrl+E');
  await expect(shortcuts.getByRole('table', { name: 'In the note' })).toContainText('Ctrl+Alt+M');
  const axe = await new AxeBuilder({ page }).include('.shortcuts-dialog').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await shortcuts.getByRole('button', { name: 'Close' }).click();
  await expect(shortcuts).toBeHidden();
});
