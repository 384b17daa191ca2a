import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import mammoth from 'mammoth';
import { expect, test } from '../support/hostFixture';
import { writeLongDecisionNote } from '../support/longDecisionNote';
import { readPdf } from '../support/pdfText';
import { noteAction } from '../support/noteActions';

const SUBJECT = 'Preview and Word export';

test('the preview shows the exported PDF page for page, under the CSP, and the note exports to DOCX', async ({ page, host }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(host.url);
  await writeLongDecisionNote(page, SUBJECT);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  // Other required sections are still empty: export anyway.
  await page.getByRole('alertdialog', { name: 'Some required parts are empty' }).getByRole('button', { name: 'Export anyway' }).click();
  await downloadPromise;
  const exported = page.getByRole('status').filter({ hasText: 'Exported' });
  await expect(exported).toContainText('pages');
  const total = Number(/\((\d+) pages\)/.exec((await exported.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(2);

  await (await noteAction(page, 'Preview', 'menuitem')).click();
  const preview = page.getByRole('dialog', { name: 'Print preview' });
  await expect(preview.getByRole('img', { name: `Page ${total} of ${total}` })).toBeVisible({ timeout: 20_000 });
  await expect(preview.getByRole('img', { name: /^Page \d+ of \d+$/ })).toHaveCount(total);
  // The page images are drawn, not blank placeholders.
  const size = await preview.getByRole('img', { name: `Page 1 of ${total}` }).evaluate((image: HTMLImageElement) => image.naturalWidth);
  expect(size).toBeGreaterThan(500);
  const axe = await new AxeBuilder({ page }).include('.preview-dialog').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  expect(problems.filter((text) => /Content Security Policy|worker/i.test(text))).toEqual([]);

  const docxPromise = page.waitForEvent('download');
  await (await noteAction(page, 'Export DOCX')).click();
  await page.getByRole('alertdialog', { name: 'Some required parts are empty' }).getByRole('button', { name: 'Export anyway' }).click();
  const docx = await docxPromise;
  expect(docx.suggestedFilename()).toBe(`${SUBJECT}.docx`);
  const { value: html } = await mammoth.convertToHtml({ buffer: fs.readFileSync(await docx.path()) });
  expect(html).toContain(`<h1>${SUBJECT}</h1>`);
  expect(html).toContain('<h2>Background</h2>');
  expect(html).toContain('UNCLASSIFIED');
});

test('"Draft watermark" puts DRAFT on every page of the exported PDF', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Information note' }).click();
  await page.getByLabel('Subject', { exact: true }).fill('Draft export');
  await (await noteAction(page, 'Draft watermark', 'menuitemcheckbox')).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByRole('alertdialog', { name: 'Some required parts are empty' }).getByRole('button', { name: 'Export anyway' }).click();
  const pdf = await readPdf(new Uint8Array(fs.readFileSync(await (await downloadPromise).path())));
  for (const text of pdf.pages) expect(text).toContain('DRAFT');
});
