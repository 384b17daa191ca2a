import fs from 'node:fs';
import { expect, test } from '../support/hostFixture';
import { seriousViolations } from '../support/axe';

test.describe('an empty (0-byte) library file', () => {
  test.use({ workspaceFiles: { 'library.db': Buffer.alloc(0) } });

  test('is set aside, not re-seeded; the banner says so and starts an empty library on request', async ({ page, host }) => {
    await page.goto(host.url);
    const banner = page.getByRole('alert', { name: 'Library problem' });
    await expect(banner).toContainText('The library could not be opened: the file is empty (0 bytes); it was set aside as library-damaged-');
    await expect(banner).toContainText('nothing was deleted');
    expect(await seriousViolations(page)).toEqual([]);
    const aside = fs.readdirSync(host.dataDir).filter((name) => name.startsWith('library-damaged-'));
    expect(aside).toHaveLength(1);

    await banner.getByRole('button', { name: 'Start an empty library and rebuild the notes index' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'An empty library was started and the notes index rebuilt' })).toBeVisible();
    await expect(banner).toBeHidden();
    // The set-aside file stays; the new library holds no sample entries.
    expect(fs.readdirSync(host.dataDir).filter((name) => name.startsWith('library-damaged-'))).toEqual(aside);
  });
});
