import type { Page } from '@playwright/test';
import { expect, test } from '../support/hostFixture';
import { seriousViolations } from '../support/axe';
import { noteAction } from '../support/noteActions';

/** Export DOCX takes a snapshot ("Exported") of the note as saved. */
async function exportDocx(page: Page): Promise<void> {
  await expect(page.getByText('All changes saved')).toBeVisible();
  const download = page.waitForEvent('download');
  await (await noteAction(page, 'Export DOCX')).click();
  const anyway = page.getByRole('alertdialog', { name: 'Some required parts are empty' }).getByRole('button', { name: 'Export anyway' });
  await Promise.race([download, anyway.click().catch(() => undefined)]);
  await download;
}

async function replaceAll(page: Page, find: string, replacement: string): Promise<void> {
  await page.keyboard.press('Control+h');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByLabel('Find').fill(find);
  await bar.getByLabel('Replace with').fill(replacement);
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(bar.getByRole('status')).toHaveText('Replaced 1 match');
  await bar.getByRole('button', { name: 'Close' }).click();
}

const ALPHA = 'Alpha: the review weighs tiered licensing for consumer technology.';
const BETA = 'Beta: allies may read the change as a loosening of controls.';
const GAMMA = 'Gamma: a decision is needed before the March meeting.';

test('History compares a snapshot with the note now: changed words, a moved paragraph and a changed subject', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
  await page.getByLabel('Subject', { exact: true }).fill('Licensing options');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Summary") + p').click();
  await page.keyboard.type(ALPHA);
  await page.keyboard.press('Enter');
  await page.keyboard.type(BETA);
  await body.locator('h2:has-text("Issue") + p').click();
  await page.keyboard.type(GAMMA);
  await exportDocx(page);

  // Second save: one word changed.
  await body.getByText('Gamma:').click();
  await replaceAll(page, 'March', 'April');
  await exportDocx(page);

  // Third: the first paragraph moved from Summary to Background, and a new subject.
  await body.getByText('Alpha:').click({ clickCount: 3 });
  await page.keyboard.press('Backspace');
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.type(ALPHA);
  await page.getByLabel('Subject', { exact: true }).fill('Licensing options for chips');
  await expect(page.getByText('All changes saved')).toBeVisible();

  await (await noteAction(page, 'History')).click();
  const history = page.getByRole('dialog', { name: 'History' });
  const from = history.getByLabel('From', { exact: true });
  // "Now", then newest first: the second export, the first, and the snapshot of the first save.
  await expect(from.locator('option')).toHaveCount(4);
  await from.selectOption({ index: 2 });
  await expect(from.locator('option:checked')).toContainText('Exported');
  await expect(history.getByLabel('To', { exact: true })).toHaveValue('now');
  await history.getByRole('button', { name: 'Compare', exact: true }).click();

  const compare = page.getByRole('dialog', { name: 'Compare versions' });
  await expect(compare).toBeVisible();
  await expect(compare).toContainText('3 changes.');
  // The subject, word by word.
  const details = compare.getByRole('region', { name: 'Details' });
  await expect(details.locator('dt')).toHaveText(['Change 1 of 3: Subject']);
  await expect(details.locator('ins')).toHaveText(['[inserted: for chips]']);
  // The changed word, struck and inserted.
  await expect(compare.locator('del', { hasText: 'March' })).toHaveCount(1);
  await expect(compare.locator('ins', { hasText: 'April' })).toHaveCount(1);
  // The moved paragraph: struck where it was, shown where it is, each saying where the other is; not a deletion and an insertion.
  const movedFrom = compare.locator('.redline-moved-from');
  const movedTo = compare.locator('.redline-moved-to');
  await expect(movedFrom).toContainText('Moved to paragraph 1 of “Background”');
  await expect(movedFrom.locator('del')).toContainText(ALPHA);
  await expect(movedTo).toContainText('Moved from paragraph 1 of “Summary”');
  await expect(movedTo).toContainText(ALPHA);
  await expect(movedTo.locator('ins, del')).toHaveCount(0);
  await expect(compare.locator('.redline-added, .redline-removed')).toHaveCount(0);
  await expect(compare.locator('.redline-block').filter({ hasText: BETA })).toHaveClass(/redline-same/);

  // Step through the changes from the keyboard.
  const next = compare.getByRole('button', { name: 'Next change' });
  const previous = compare.getByRole('button', { name: 'Previous change' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('Subject');
  await next.click();
  await expect(page.locator(':focus')).toContainText('Gamma');
  await next.click();
  await expect(page.locator(':focus')).toContainText('Moved from paragraph 1 of “Summary”');
  await expect(compare.getByText('Change 3 of 3', { exact: true })).toBeVisible();
  await expect(next).toBeDisabled();
  await previous.click();
  await expect(page.locator(':focus')).toContainText('Gamma');

  expect(await seriousViolations(page, '.compare-dialog')).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();
  await expect(history).toBeVisible();
  // The same version on both sides is not a comparison.
  await from.selectOption('now');
  await history.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(history.getByRole('alert')).toContainText('Choose two different versions to compare.');
});

test.describe('a reviewer whose clearance is recorded', () => {
  test.use({ workspaceFiles: { 'settings.json': JSON.stringify({ author: { name: 'Lee Lawyer', initials: 'LL', office: 'Legal Services' } }) } });

  test('sees what changed since they cleared in one click from History', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
    await page.getByLabel('Subject', { exact: true }).fill('Licensing options');
    const body = page.getByRole('textbox', { name: 'Note body' });
    await body.locator('h2:has-text("Issue") + p').click();
    await page.keyboard.type(GAMMA);
    await expect(page.getByText('All changes saved')).toBeVisible();

    // Lee's clearance is recorded as Cleared.
    await (await noteAction(page, /^Clearance/)).click();
    const clearance = page.getByRole('dialog', { name: 'Clearance' });
    await clearance.getByRole('button', { name: 'Add clearance entry' }).click();
    const entry = clearance.getByRole('group', { name: 'Clearance entry 1', exact: true });
    await entry.getByLabel('Office or role').fill('Legal Services');
    await entry.getByLabel('Name').fill('Lee Lawyer');
    await entry.getByLabel('Outcome').selectOption({ label: 'Cleared' });
    await page.keyboard.press('Escape');
    await expect(clearance).toBeHidden();
    await expect(page.getByText('All changes saved')).toBeVisible();

    // The drafter changes a word afterwards.
    await body.getByText('Gamma:').click();
    await replaceAll(page, 'March', 'April');
    await expect(page.getByText('All changes saved')).toBeVisible();

    await (await noteAction(page, 'History')).click();
    const history = page.getByRole('dialog', { name: 'History' });
    await history.getByRole('button', { name: 'Changes since you cleared' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare versions' });
    await expect(compare).toContainText('As you cleared it');
    await expect(compare).toContainText('1 change.');
    await expect(compare.locator('del', { hasText: 'March' })).toHaveCount(1);
    await expect(compare.locator('ins', { hasText: 'April' })).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
