import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/hostFixture';

async function editTitleAndSummary(page: Page, title: string, summary: string) {
  const results = page.getByRole('list', { name: 'Library results' });
  await results.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Save changes' });
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Summary', { exact: true }).fill(summary);
  await form.getByRole('button', { name: 'Save changes' }).click();
}

test('earlier revisions: see what changed, restore the first as a new revision', async ({ page, host }) => {
  await page.goto(host.url);
  const results = page.getByRole('list', { name: 'Library results' });
  await page.getByLabel('Search library').fill('deepfak');
  await results.getByRole('button', { name: /India .*deepfakes/ }).click();

  await editTitleAndSummary(page, 'India orders two-hour deepfake takedowns', 'Platforms must remove flagged deepfakes within two hours.');
  await expect(page.getByText('(revision 2)')).toBeVisible();
  await editTitleAndSummary(page, 'India orders three-hour deepfake takedowns', 'Platforms must remove flagged deepfakes within three hours.');
  await expect(page.getByText('(revision 3)')).toBeVisible();

  const toggle = results.getByRole('button', { name: 'Earlier revisions' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // From the keyboard: focus the toggle and press Enter.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = results.getByRole('list', { name: /Earlier revisions of India orders three-hour/ });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('reviewed by a person');

  // Revision 2 against revision 3: "two" removed, "three" added, in title and summary.
  await list.getByRole('button', { name: 'Revision 2' }).click();
  const changes = results.getByRole('region', { name: 'Changes from revision 2 to revision 3' });
  await expect(changes.getByRole('term')).toHaveText(['Title', 'Summary']);
  await expect(changes.getByRole('deletion').first()).toContainText('two');
  await expect(changes.getByRole('insertion').first()).toContainText('three');
  // Screen readers are told which words were removed and added, not only shown a colour.
  await expect(changes.getByRole('deletion').first()).toContainText('[removed:');

  await list.getByRole('button', { name: 'Revision 1' }).click();
  await expect(results.getByRole('region', { name: 'Changes from revision 1 to revision 2' })).toContainText('[added: orders]');
  expect(
    (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // Restoring asks first; cancelling changes nothing.
  await results.getByRole('button', { name: 'Restore this revision' }).click();
  await results.getByRole('group', { name: 'Confirm restore' }).getByRole('button', { name: 'Cancel' }).click();
  await results.getByRole('button', { name: 'Restore this revision' }).click();
  await results.getByRole('button', { name: 'Restore as revision 4' }).focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Restored revision 1 of “India reported to require removal');
  await expect(page.getByRole('alert')).toContainText('as revision 4.');
  const restored = results.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Earlier revisions' }) });
  await expect(restored.getByRole('definition').filter({ hasText: /^4$/ })).toBeVisible();
  // The history now holds 3 earlier revisions, the restored-over revision 3 among them.
  await expect(results.getByRole('list', { name: /Earlier revisions of India reported to require/ }).getByRole('listitem')).toHaveCount(3);
});
