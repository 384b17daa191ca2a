import fs from 'node:fs';
import { readPdf } from '../support/pdfText';
import { expect, test } from '../support/hostFixture';

const SUBJECT = 'Easing of US export controls on Chinese technology firms';
const OPENING = 'Washington is weighing a tiered licensing regime for non-sensitive technology exports to China.';
const FILLER =
  'Officials expect a formal announcement within sixty days, after an interagency review by Defense, State and the Trade Representative. ' +
  'Partners in Seoul, Taipei and Brussels have been consulted on aligning export control standards. ';

test('a decision note survives a reload and exports to a marked, paginated PDF', async ({ page, host }) => {
  await page.goto(host.url);

  await page.getByRole('button', { name: 'New note' }).click();
  const chooser = page.getByRole('dialog', { name: 'Choose a template' });
  await expect(chooser).toBeVisible();
  await chooser.getByRole('button', { name: 'Decision note' }).click();
  await expect(chooser).toBeHidden();

  for (const label of ['Subject', 'To', 'From', 'Date', 'Classification']) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await page.getByLabel('Subject', { exact: true }).fill(SUBJECT);

  const body = page.getByRole('textbox', { name: 'Note body' });
  for (const heading of ['Summary', 'Issue', 'Background', 'Considerations', 'Recommendation']) {
    await expect(body.getByRole('heading', { name: heading })).toBeVisible();
  }
  // Write under "Background", then enough paragraphs to run onto a second page.
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.insertText(OPENING);
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`${i + 1}. ${FILLER.repeat(2)}`);
  }
  await expect(page.getByText('All changes saved')).toBeVisible();

  await page.reload();
  await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: new RegExp(`^${SUBJECT}`) }).click();
  await expect(page.getByLabel('Subject', { exact: true })).toHaveValue(SUBJECT);
  await expect(page.getByRole('textbox', { name: 'Note body' })).toContainText(OPENING);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  // To, From and most sections are still empty: the export warns and lets the user go on.
  const warning = page.getByRole('alertdialog', { name: 'Some required parts are empty' });
  await expect(warning).toContainText('Field: To');
  await expect(warning).toContainText('Section: Summary');
  await expect(warning).not.toContainText('Section: Background');
  await warning.getByRole('button', { name: 'Export anyway' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`${SUBJECT}.pdf`);
  const pdf = await readPdf(new Uint8Array(fs.readFileSync(await download.path())));

  expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
  const total = pdf.pages.length;
  pdf.pages.forEach((text, index) => {
    // The marking appears at the top and at the bottom of every page.
    expect(text.match(/UNCLASSIFIED/g)?.length ?? 0, `marking on page ${index + 1}`).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`Page ${index + 1} of ${total}`);
  });
  const all = pdf.pages.join(' ');
  expect(all).toContain(SUBJECT);
  expect(all).toContain('tiered licensing regime');
  expect(all).toContain('Recommendation');
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText(`${total} pages`);
});
