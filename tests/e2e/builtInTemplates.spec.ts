import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { readPdf } from '../support/pdfText';
import { expect, test } from '../support/hostFixture';

const TEMPLATES = [
  'Decision note',
  'Information note',
  'Meeting / event brief',
  'Issue note / Q&A',
  'Talking points',
  'Ministerial submission (UK)',
  'Action memo (US)',
  'Ministerial brief (Australia)',
];

const PARAGRAPH =
  'Officials are weighing a tiered licensing regime that separates dual-use technology from consumer products, with a decision expected after the interagency review. ';

/** Fills every field and writes under every section, longer for some templates so they run past one page. */
async function fillExampleNote(page: Page, template: string, index: number) {
  const fields = page.getByRole('group', { name: 'Note details' });
  for (const input of await fields.locator('input:not([type=date]), textarea').all()) {
    const type = await input.getAttribute('type');
    await input.fill(type === 'email' ? 'analyst@example.org' : type === 'tel' ? '+1 613 555 0100' : `${template} example`);
  }
  const body = page.getByRole('textbox', { name: 'Note body' });
  const headings = await body.locator('h2').allTextContents();
  for (const heading of headings) {
    await body.locator('h2', { hasText: heading }).locator('xpath=following-sibling::*[1]').click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(PARAGRAPH.repeat(1 + (index % 3) * 2));
  }
}

test('every built-in template can be chosen, filled and exported, and its live page count matches the PDF', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  for (const [index, template] of TEMPLATES.entries()) {
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: template, exact: true }).click();
    await expect(page.getByRole('article')).toContainText(template);
    await fillExampleNote(page, template, index);
    await expect(page.getByText('All changes saved')).toBeVisible();

    const length = page.getByRole('region', { name: 'Length' });
    await expect(length).toContainText(/\d+ pages? of \d+ allowed/);
    // The panel is busy while the newest draft is being printed for its count.
    await expect(length).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    const shown = Number(/(\d+) pages?/.exec((await length.locator('p').textContent()) ?? '')![1]);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const warning = page.getByRole('alertdialog', { name: 'Some required parts are empty' });
    if (await warning.isVisible().catch(() => false)) await warning.getByRole('button', { name: 'Export anyway' }).click();
    const pdf = await readPdf(new Uint8Array(fs.readFileSync(await (await downloadPromise).path())));
    expect(pdf.pages.length, `${template}: live count ${shown}, PDF ${pdf.pages.length}`).toBe(shown);
    expect(pdf.pages.join(' ')).toContain(`${template} example`);
  }
});
