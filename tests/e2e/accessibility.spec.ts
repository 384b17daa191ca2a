import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/hostFixture';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('every screen of the first slice has no serious accessibility violations', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('list', { name: 'Library results' }).getByRole('listitem').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'New note' }).click();
  await expect(page.getByRole('dialog', { name: 'Choose a template' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Decision note' }).click();
  await expect(page.getByRole('textbox', { name: 'Note body' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a note can be started, written and formatted from the keyboard alone', async ({ page, host }) => {
  await page.goto(host.url);
  // "New note" is among the first stops of the tab order.
  const newNote = page.getByRole('button', { name: 'New note' });
  for (let stop = 0; stop < 5 && !(await newNote.evaluate((button) => button === document.activeElement)); stop++) {
    await page.keyboard.press('Tab');
  }
  await expect(newNote).toBeFocused();
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('dialog', { name: 'Choose a template' });
  await expect(chooser).toBeVisible();
  // Escape closes the chooser; Enter on a template opens a note.
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await page.getByRole('button', { name: 'New note' }).focus();
  await page.keyboard.press('Enter');
  await expect(chooser.getByRole('button', { name: 'Decision note' })).toBeFocused();
  await page.keyboard.press('Enter');

  const subject = page.getByLabel('Subject', { exact: true });
  await subject.focus();
  await page.keyboard.type('Keyboard only');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Plain then ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('bold');
  await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await expect(body.locator('strong, .ed-bold').filter({ hasText: 'bold' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(body).not.toContainText('bold');
  await expect(page.getByText('All changes saved')).toBeVisible();
});
