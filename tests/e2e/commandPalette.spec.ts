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
