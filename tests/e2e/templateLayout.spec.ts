import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { expect, test } from '../support/hostFixture';
import { readPdf } from '../support/pdfText';

async function newNote(page: Page, templateName: string, subject: string) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: templateName, exact: true }).click();
  await page.getByLabel('Subject', { exact: true }).fill(subject);
}

async function exportPdf(page: Page): Promise<{ pages: string[]; firstPageSize: { width: number; height: number } }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Export anyway' }).click();
  const bytes = fs.readFileSync(await (await download).path());
  const firstPageSize = (await PDFDocument.load(bytes)).getPage(0).getSize();
  return { pages: (await readPdf(bytes)).pages, firstPageSize };
}

async function openEditorOfCopy(page: Page, builtIn: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Templates' }).click();
  const manager = page.getByRole('dialog', { name: 'Templates' });
  await manager.getByRole('region', { name: 'Built-in templates' }).getByRole('button', { name: `Duplicate ${builtIn}` }).click();
  await manager.getByRole('region', { name: 'Your templates' }).getByRole('button', { name: `Edit ${builtIn} (copy)` }).click();
  return manager;
}

test('decision options and print settings edited in the app reach a new note and its PDF', async ({ page, host }) => {
  await page.goto(host.url);
  const manager = await openEditorOfCopy(page, 'Decision note');
  await manager.getByLabel('Name', { exact: true }).fill('Cabinet decision');

  // The recommendation's decision block: rename the options, add one, rename the signature line.
  await manager.getByLabel('Option 1, line 1 of section 5').fill('Endorsed');
  await manager.getByLabel('Option 2, line 1 of section 5').fill('Not endorsed');
  await manager.getByRole('button', { name: 'Add an option to line 1 of section 5' }).click();
  await manager.getByLabel('Option 3, line 1 of section 5').fill('Deferred');
  await manager.getByRole('button', { name: 'Add a line of options to section 5' }).click();
  await manager.getByLabel('Option 1, line 2 of section 5').fill('Noted by Cabinet');
  await manager.getByRole('button', { name: 'Remove option 2, line 2 of section 5' }).focus();
  await page.keyboard.press('Enter');
  // The line's last option cannot be removed, so focus goes on to adding one.
  await expect(manager.getByRole('button', { name: 'Add an option to line 2 of section 5' })).toBeFocused();
  await manager.getByLabel('Signature line 1 of section 5').fill('Deputy Minister');

  // A bad value is named at the control, and the form says it cannot be saved yet.
  const margins = manager.getByLabel('Margins (mm)');
  await margins.fill('2');
  await expect(margins).toHaveAccessibleDescription('margins must be at least 5 mm');
  await expect(margins).toHaveAttribute('aria-invalid', 'true');
  await manager.getByLabel('Option 3, line 1 of section 5').fill('');
  await expect(manager.getByLabel('Option 3, line 1 of section 5')).toHaveAccessibleDescription('an option needs a name');
  await expect(manager.getByRole('status').filter({ hasText: '2 problems are marked above' })).toBeVisible();
  await manager.getByRole('button', { name: 'Save template' }).click();
  await expect(manager.getByRole('alert')).toContainText('print.marginMm: margins must be at least 5 mm');
  await manager.getByLabel('Option 3, line 1 of section 5').fill('Deferred');
  await margins.fill('20');
  await expect(margins).not.toHaveAttribute('aria-invalid', 'true');

  // Print settings, all from the keyboard.
  await manager.getByLabel('Paper size').selectOption('A4');
  await manager.getByLabel('Font size (pt)').fill('11');
  await manager.getByLabel('Font', { exact: true }).fill('Arial, sans-serif');
  await expect(manager.getByText('Prints with the shipped Arimo')).toBeVisible();
  await manager.getByLabel('Banner above the metadata (empty for none)').fill('Cabinet in confidence');
  await manager.getByLabel('Classification marking').selectOption({ label: 'Top right of the first page only' });
  await manager.getByLabel('Page limit (empty for none)').fill('3');
  await manager.getByLabel('Section 2 must end on page 1').check();

  const axe = await new AxeBuilder({ page }).include('.template-editor').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);

  await manager.getByRole('button', { name: 'Save template' }).click();
  await expect(manager.getByRole('region', { name: 'Your templates' }).getByRole('button', { name: 'Edit Cabinet decision' })).toBeVisible();
  const saved = JSON.parse(fs.readFileSync(`${host.dataDir}/templates/user-decision-note.json`, 'utf8'));
  expect(saved.sections[4].decision).toEqual({
    optionGroups: [['Endorsed', 'Not endorsed', 'Deferred'], ['Noted by Cabinet']],
    signatureLines: ['Deputy Minister', 'Date'],
  });
  expect(saved.print).toMatchObject({ paper: 'A4', marginMm: 20, fontSizePt: 11, fontFamily: 'Arial, sans-serif', banner: 'Cabinet in confidence', markingPlacement: 'top-right-first-page' });
  expect(saved).toMatchObject({ pageLimit: 3 });
  expect(saved.sections[1]).toMatchObject({ keepOnFirstPage: true });
  await page.keyboard.press('Escape');

  await newNote(page, 'Cabinet decision', 'Rural broadband funding');
  await expect(page.getByRole('region', { name: 'Length' })).toContainText('of 3 allowed');
  await expect(page.getByRole('region', { name: 'Length' }).getByRole('list', { name: 'Page 1' })).toContainText('“Issue” ends on page 1');
  const { pages, firstPageSize } = await exportPdf(page);
  // A4 in points (the copied decision note printed on Letter).
  expect([Math.round(firstPageSize.width), Math.round(firstPageSize.height)]).toEqual([595, 842]);
  const text = pages.join('\n');
  expect(text).toContain('CABINET IN CONFIDENCE');
  expect(text).toMatch(/☐ Endorsed\s+☐ Not endorsed\s+☐ Deferred/);
  expect(text).toContain('☐ Noted by Cabinet');
  expect(text).toContain('Deputy Minister');
  expect(text).not.toContain('Approved');
});

test('Australian key points past page 1 are flagged in the length panel and before export, and clear once shortened', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Ministerial brief (Australia)', 'Telecommunications reform');
  const length = page.getByRole('region', { name: 'Length' });
  const firstPage = length.getByRole('list', { name: 'Page 1' });
  await expect(firstPage).toContainText('“Key points” ends on page 1, as the template requires');

  const body = page.getByRole('textbox', { name: 'Note body' });
  const keyPoint = body.locator('h2:has-text("Key points") + ol li').first();
  await keyPoint.click();
  await page.keyboard.insertText('The reform moves spectrum licensing to auctions with a reserve price and a use-it-or-lose-it rule. '.repeat(60));
  await expect(firstPage).toContainText('“Key points” runs onto page 2; the template requires it to end on page 1', { timeout: 15_000 });
  await expect(firstPage.getByRole('listitem')).toHaveClass('over-limit');

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const warning = page.getByRole('alertdialog');
  await expect(warning.getByRole('listitem').filter({ hasText: 'Page 1: “Key points” runs onto page 2; it should end on page 1' })).toBeVisible();
  await warning.getByRole('button', { name: 'Cancel' }).click();

  // Shorten the key point: select its text and type a short one over it.
  await keyPoint.selectText();
  await page.keyboard.insertText('Spectrum moves to auctions.');
  await expect(keyPoint).toHaveText('Spectrum moves to auctions.');
  await expect(firstPage).toContainText('“Key points” ends on page 1, as the template requires', { timeout: 15_000 });

  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('listitem').filter({ hasText: 'Page 1:' })).toHaveCount(0);
  await expect(warning.getByRole('listitem').filter({ hasText: 'Field: For action' })).toBeVisible();
});

test('a US action memo over its two-page limit is flagged before export, and exports anyway', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Action memo (US)', 'Export controls on advanced chips');
  const pages = page.getByRole('region', { name: 'Length' }).getByText(/^\d+ pages? of 2 allowed/);
  await expect(pages).toHaveText('1 page of 2 allowed');

  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.insertText('The rule extends licence requirements to chips above a performance threshold and to the tools that make them. '.repeat(140));
  await expect(pages).toHaveText(/^[3-9] pages of 2 allowed — over the limit$/, { timeout: 15_000 });
  const counted = Number((await pages.textContent())!.split(' ')[0]);

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const warning = page.getByRole('alertdialog', { name: /over its page limit/ });
  await expect(warning.getByRole('listitem').filter({ hasText: `Length: ${counted} pages; the template allows 2` })).toBeVisible();
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Export anyway' }).click();
  expect((await readPdf(fs.readFileSync(await (await download).path()))).pages).toHaveLength(counted);
});
