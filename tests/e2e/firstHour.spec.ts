import type { Page } from '@playwright/test';
import { expect, test } from '../support/hostFixture';

// The first hour of a Word user, on a 1366×768 laptop (issue 26): each test does what was done.
test.use({ viewport: { width: 1366, height: 768 } });

async function newDecisionNote(page: Page) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
  const body = page.getByRole('textbox', { name: 'Note body' });
  await expect(body).toBeVisible();
  return body;
}

test('triple-click a paragraph and type over it: the next heading stays a heading', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  const background = body.locator('h2:has-text("Background") + p');
  await background.click();
  await page.keyboard.type('The first draft of this paragraph, to be replaced.');
  await background.click({ clickCount: 3 });
  await page.keyboard.type('A better paragraph.');
  await expect(body.getByRole('heading', { name: 'Considerations' })).toBeVisible();
  await expect(body.locator('h2:has-text("Background") + p')).toHaveText('A better paragraph.');
  await expect(body.locator('h2:has-text("Background") + p + h2')).toHaveText('Considerations');
});
