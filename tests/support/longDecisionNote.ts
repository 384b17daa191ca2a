import type { Page } from '@playwright/test';

const FILLER = 'The review found the costs consistent with the approved envelope and the timelines achievable. ';

/**
 * A new decision note with `subject` and ten numbered paragraphs of filler under Background:
 * enough for two printed pages, with the other required sections left empty (so an export
 * warns first). Returns the note body.
 */
export async function writeLongDecisionNote(page: Page, subject: string) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
  await page.getByLabel('Subject', { exact: true }).fill(subject);
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.insertText(`${i + 1}. ${FILLER.repeat(4)}`);
    await page.keyboard.press('Enter');
  }
  return body;
}
