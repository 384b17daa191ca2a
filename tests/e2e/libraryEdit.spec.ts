import { expect, test } from '../support/hostFixture';

test('search with a filter, edit every kind of field, delete and undo', async ({ page, host }) => {
  await page.goto(host.url);
  const results = page.getByRole('list', { name: 'Library results' });
  await page.getByLabel('Search library').fill('AI');
  await page.getByText('Filters').click();
  await page.getByLabel('Jurisdiction').selectOption('Singapore');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  const singapore = results.getByRole('button', { name: /Singapore pairs its national AI strategy/ });
  await expect(singapore).toBeVisible();
  await page.getByLabel('Status').selectOption('withdrawn');
  await expect(page.getByText('No developments match “AI”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(results.getByRole('listitem').nth(1)).toBeVisible();

  await page.getByLabel('Search library').fill('deepfak');
  await results.getByRole('button', { name: /India .*deepfakes/ }).click();
  await expect(results.getByText('Revision', { exact: true })).toBeVisible();
  await results.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Save changes' });
  await form.getByLabel('Title').fill('India requires deepfakes to be removed within two hours');
  await form.getByLabel('Notes').fill('Check the final text of the amended rules.');
  await form.getByLabel('Actors (comma-separated)').fill('MeitY, Press Information Bureau');
  await form.getByRole('button', { name: 'Add key point' }).click();
  await form.getByLabel('Key point 5').fill('Platforms must label synthetic media.');
  await form.getByRole('button', { name: 'Add key date' }).click();
  await form.getByLabel('Key date 1', { exact: true }).fill('2025-11-15');
  await form.getByLabel('What happens on key date 1').fill('Rules take effect');
  await form.getByLabel('New topic').fill('Synthetic media');
  await form.getByRole('button', { name: 'Add topic' }).click();
  await expect(form.getByLabel('Synthetic media')).toBeChecked();
  await form.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByText('(revision 2)')).toBeVisible();
  const detail = results.getByRole('listitem').filter({ hasText: 'India requires deepfakes' });
  await expect(detail).toContainText('Platforms must label synthetic media.');
  await expect(detail).toContainText('Rules take effect');
  await expect(detail).toContainText('MeitY, Press Information Bureau');
  await expect(detail).toContainText('Check the final text of the amended rules.');

  // The edit is stored: it survives a restart of the back end and a reload.
  await host.restart();
  await page.reload();
  await page.getByLabel('Search library').fill('synthetic media');
  await results.getByRole('button', { name: /India requires deepfakes/ }).click();
  await expect(results.getByRole('definition').filter({ hasText: /^2$/ })).toBeVisible();

  await results.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('“India requires deepfakes to be removed within two hours” was moved to the trash.')).toBeVisible();
  await expect(results.getByRole('button', { name: /India requires deepfakes/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored “India requires deepfakes to be removed within two hours”.')).toBeVisible();
  await expect(results.getByRole('button', { name: /India requires deepfakes/ })).toBeVisible();
});

test('the library panel and import review have no serious accessibility violations and work from the keyboard', async ({ page, host }) => {
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Paste text to import').fill('Keyboard test title\n\nA paragraph about tariffs on widgets.');
  await page.getByRole('button', { name: 'Propose from pasted text' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Review Pasted text' })).toBeVisible();
  await page.getByText('Filters').click();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});
