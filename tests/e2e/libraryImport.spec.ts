import crypto from 'node:crypto';
import { expect, test } from '../support/hostFixture';
import { docxArticle, htmlArticle, pdfArticle } from '../support/importFixtures';

test('files are imported in a batch with progress, reviewed, saved, and scripts never run', async ({ page, host }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Import files').setInputFiles([
    { name: 'wire.html', mimeType: 'text/html', buffer: Buffer.from(htmlArticle({ url: 'https://wire.example/sensors' })) },
    { name: 'junk.txt', mimeType: 'text/plain', buffer: crypto.randomBytes(2048) },
    { name: 'guidance.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(await docxArticle()) },
    { name: 'call.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await pdfArticle()) },
  ]);
  // The first import of a run loads the PDF, Word and HTML readers; on a loaded 2-core machine that alone can pass 10 s.
  await expect(page.getByText('4 of 4 files read')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('value', '4');
  const results = page.getByRole('list', { name: 'Import results' });
  await expect(results.getByRole('listitem').filter({ hasText: 'junk.txt' })).toContainText('this file contains binary data, not text');

  // The web page: title from its metadata, marked as not yet reviewed, saved as proposed.
  await results.getByRole('button', { name: 'Review wire.html' }).click();
  const review = page.getByRole('region', { name: 'Review wire.html' });
  await expect(review.getByLabel('Title')).toHaveValue('Ministry of Trade sets tiered licences for sensor exports');
  await expect(review.getByLabel('Publisher')).toHaveValue('Policy Wire');
  // Each proposed field says where it came from, beside it.
  await expect(review.getByLabel('Publisher')).toHaveAccessibleDescription('Read from “the page’s own site name”');
  await expect(review.getByLabel('Status')).toHaveAccessibleDescription(/Read from “The Ministry of Trade announced/);
  await expect(review.getByLabel('I have reviewed the summary')).not.toBeChecked();
  await expect(review.getByLabel('Full text')).not.toHaveValue(/alert|script/);
  await review.getByRole('button', { name: 'Save to library' }).click();
  await expect(results.getByRole('listitem').filter({ hasText: 'wire.html' })).toContainText('saved as');

  // The Word document, reviewed: the summary is confirmed by a person.
  await results.getByRole('button', { name: 'Review guidance.docx' }).click();
  const docxReview = page.getByRole('region', { name: 'Review guidance.docx' });
  await docxReview.getByLabel('I have reviewed the summary').check();
  await docxReview.getByLabel('I have reviewed the key points').check();
  await docxReview.getByRole('button', { name: 'Save to library' }).click();
  await expect(results.getByRole('listitem').filter({ hasText: 'guidance.docx' })).toContainText('saved as');

  await results.getByRole('button', { name: 'Review call.pdf' }).click();
  const pdfReview = page.getByRole('region', { name: 'Review call.pdf' });
  await expect(pdfReview.getByLabel('Title')).toHaveValue('Semiconductor subsidy programme opens second call');
  // No date is printed in the PDF: its creation date is proposed, marked for checking.
  await expect(pdfReview.getByLabel('Published on')).toHaveAccessibleDescription(/^Check: Read from “the file’s creation date/);
  await pdfReview.getByRole('button', { name: 'Save to library' }).click();
  await expect(results.getByRole('listitem').filter({ hasText: 'call.pdf' })).toContainText('saved as');

  // Only the two unreviewed imports need review.
  await page.getByText('Filters').click();
  await page.getByLabel('Needs review only').check();
  // Direct children only: an open entry lists its key points inside its item.
  const hits = page.getByRole('list', { name: 'Library results' }).locator(':scope > li');
  await expect(hits).toHaveCount(2);
  await expect(hits.filter({ hasText: 'Ministry of Trade sets tiered licences' })).toContainText('needs review');
  await expect(hits.filter({ hasText: 'Semiconductor subsidy programme' })).toBeVisible();

  // The same page again is recognised as a duplicate; skipping it adds nothing.
  await page.getByLabel('Import files').setInputFiles([
    { name: 'again.html', mimeType: 'text/html', buffer: Buffer.from(htmlArticle({ url: 'https://wire.example/sensors' })) },
  ]);
  await results.getByRole('button', { name: 'Review again.html' }).click();
  const again = page.getByRole('region', { name: 'Review again.html' });
  await expect(again.getByRole('group', { name: 'Possible duplicate' })).toContainText('same URL');
  await expect(again.getByLabel('Skip this file')).toBeChecked();
  await again.getByRole('button', { name: 'Save to library' }).click();
  await expect(results.getByRole('listitem').filter({ hasText: 'again.html' })).toContainText('skipped');
  await expect(hits).toHaveCount(2);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { stolen?: unknown }).stolen)).toBeUndefined();
});

test('pasted text is proposed for review and saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Paste text to import').fill('Okapi habitat rules adopted\n\nThe environment agency adopted okapi habitat rules today.');
  await page.getByRole('button', { name: 'Propose from pasted text' }).click();
  const review = page.getByRole('region', { name: 'Review Pasted text' });
  await expect(review.getByLabel('Title')).toHaveValue('Okapi habitat rules adopted');
  await review.getByRole('button', { name: 'Save to library' }).click();
  await page.getByLabel('Search library').fill('okapi');
  await expect(page.getByRole('list', { name: 'Library results' }).getByRole('button', { name: /Okapi habitat rules/ })).toBeVisible();
});
