import { expect, test } from '../support/hostFixture';

test('library search finds developments as you type and shows the chosen one', async ({ page, host }) => {
  await page.goto(host.url);
  const results = page.getByRole('list', { name: 'Library results' });
  // With no query the panel lists the default library, newest first.
  await expect(results.getByRole('listitem').first()).toBeVisible();
  expect(await results.getByRole('listitem').count()).toBeGreaterThanOrEqual(8);

  await page.getByLabel('Search library').fill('deepfak');
  const india = results.getByRole('button', { name: /India .*deepfakes/ });
  await expect(india).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/deepfake/i);
  await india.click();
  await expect(results.getByRole('heading', { name: 'Key points' })).toBeVisible();

  await page.getByLabel('Search library').fill('zzzunknownword');
  await expect(page.getByText('No developments match “zzzunknownword”.')).toBeVisible();
});
