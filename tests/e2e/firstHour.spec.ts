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

test('"1. " and "- " start lists as in Word, Backspace takes the list back, and one item can leave a list', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.type('1. First option');
  await expect(body.locator('h2:has-text("Background") + ol li')).toHaveText('First option');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second option');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Third option');
  await expect(body.locator('h2:has-text("Background") + ol li')).toHaveText(['First option', 'Second option', 'Third option']);

  // The second item back to a paragraph, from the toolbar: the first and third stay list items, numbered 1 and 2.
  await body.locator('li', { hasText: 'Second option' }).click();
  await page.getByRole('toolbar', { name: 'Formatting' }).getByLabel('Block type').selectOption('Paragraph');
  await expect(body.locator('h2:has-text("Background") + ol li')).toHaveText(['First option']);
  await expect(body.locator('h2:has-text("Background") + ol + p')).toHaveText('Second option');
  const rest = body.locator('h2:has-text("Background") + ol + p + ol');
  await expect(rest.locator('li')).toHaveText(['Third option']);
  await expect(rest.locator('li')).toHaveAttribute('value', '2');

  // "- " starts a bulleted list; Backspace at once gives "- " back as typed text.
  await body.locator('h2:has-text("Considerations") + p').click();
  await page.keyboard.type('- ');
  await expect(body.locator('h2:has-text("Considerations") + ul')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(body.locator('h2:has-text("Considerations") + ul')).toHaveCount(0);
  await page.keyboard.type('not a bullet');
  await expect(body.locator('h2:has-text("Considerations") + p')).toHaveText('- not a bullet');
  // Text typed before the marker is left alone.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Step 1. stays text');
  await expect(body.locator('h2:has-text("Considerations") ~ ol')).toHaveCount(0);
});
