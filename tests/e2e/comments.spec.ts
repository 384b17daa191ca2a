import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/hostFixture';
import { readPdf } from '../support/pdfText';
import { noteAction } from '../support/noteActions';

const COMMENT = 'Which forty towns? Name them in an annex.';
const REPLY = 'The annex lists them by province.';

async function newNote(page: Page, subject: string) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note', exact: true }).click();
  await page.getByLabel('Subject', { exact: true }).fill(subject);
}

async function writeUnder(page: Page, heading: string, text: string) {
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2', { hasText: heading }).locator('xpath=following-sibling::*[1]').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
}

const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

test('a comment on selected text: who you are, reply, resolve, reopen, kept on reload, out of the PDF, on deleted text', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await newNote(page, 'Rural broadband funding');
  await writeUnder(page, 'Summary', 'The grant covers forty towns this year.');

  // Select "forty towns" from the keyboard and comment with Ctrl+Alt+M.
  await page.keyboard.press('End');
  for (let i = 0; i < ' this year.'.length; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  expect((await selectedText(page)).trim()).toBe('forty towns');
  await page.keyboard.press('Control+Alt+M');

  // The first comment asks who is commenting.
  const who = page.getByRole('dialog', { name: 'Who are you?' });
  await expect(who).toBeVisible();
  await who.getByLabel('Your name').fill('Ada Analyst');
  await who.getByLabel('Office').fill('Legal Services');
  await who.getByRole('button', { name: 'Save and continue' }).click();

  const box = page.getByRole('dialog', { name: 'Comment' });
  await box.getByLabel('Comment text').fill(COMMENT);
  await box.getByRole('button', { name: 'Post comment' }).click();
  await expect(box).toBeHidden();

  const review = page.getByRole('region', { name: 'Review' });
  const thread = review.getByRole('listitem', { name: 'Comment by Ada Analyst' });
  await expect(thread).toContainText('On “forty towns”');
  await expect(thread).toContainText(COMMENT);
  // Initials made from the name when left empty.
  await expect(thread).toContainText('Ada Analyst (AA), Legal Services');
  await expect(page.getByRole('textbox', { name: 'Note body' }).locator('mark')).toHaveText('forty towns');

  // Reply, resolve, reopen.
  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByLabel('Reply text').fill(REPLY);
  await thread.getByRole('button', { name: 'Post reply' }).click();
  await expect(thread.getByRole('list', { name: 'Replies' })).toContainText(REPLY);
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toContainText('Resolved');
  await thread.getByRole('button', { name: 'Reopen' }).click();
  await expect(thread).not.toContainText('Resolved');
  await expect(thread.getByRole('button', { name: 'Resolve' })).toBeVisible();

  // Choosing the thread selects its text; the caret in the text marks its thread.
  await page.getByRole('textbox', { name: 'Note body' }).getByText('The grant covers').click();
  await expect(thread).not.toHaveAttribute('aria-current', 'true');
  await thread.getByRole('button', { name: 'On “forty towns”' }).click();
  await expect.poll(() => selectedText(page)).toBe('forty towns');
  await expect(thread).toHaveAttribute('aria-current', 'true');

  expect(await seriousViolations(page, '#review-panel')).toEqual([]);

  // The exported PDF has the text, by the commenting author, and none of the comments.
  await expect(page.getByText('All changes saved')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  // It warns first of the open comment, which the PDF will not show.
  const warning = page.getByRole('alertdialog');
  await expect(warning.getByRole('heading')).toHaveText('Some required parts are empty; some comments are not resolved');
  await expect(warning).toContainText('Review: 1 unresolved comment');
  await warning.getByRole('button', { name: 'Export anyway' }).click();
  const pdf = await readPdf(new Uint8Array(fs.readFileSync(await (await download).path())));
  const printed = pdf.pages.join('\n').replace(/\s+/g, ' ');
  expect(printed).toContain('The grant covers forty towns this year.');
  expect(printed).not.toContain('Which forty towns');
  expect(printed).not.toContain('annex lists them');
  expect(pdf.info.Author).toBe('Ada Analyst');

  // After a reload, the thread is back with its reply, on its text.
  await page.reload();
  await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Rural broadband funding/ }).click();
  const reopened = page.getByRole('region', { name: 'Review' }).getByRole('listitem', { name: 'Comment by Ada Analyst' });
  await expect(reopened).toContainText(COMMENT);
  await expect(reopened).toContainText(REPLY);
  await expect(page.getByRole('textbox', { name: 'Note body' }).locator('mark')).toHaveText('forty towns');

  // Deleting the commented text keeps the thread, on deleted text.
  await reopened.getByRole('button', { name: 'On “forty towns”' }).click();
  await expect.poll(() => selectedText(page)).toBe('forty towns');
  await page.keyboard.press('Backspace');
  await expect(reopened).toContainText('On deleted text');
  await expect(reopened).toContainText(COMMENT);
  await expect(page.getByRole('textbox', { name: 'Note body' })).toContainText('The grant covers  this year.');

  // Deleting the thread removes it; the Review button hides the panel.
  await reopened.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('region', { name: 'Review' })).toContainText('No comments.');
  await (await noteAction(page, 'Review', 'menuitemcheckbox')).click();
  await expect(page.getByRole('region', { name: 'Review' })).toBeHidden();
});
