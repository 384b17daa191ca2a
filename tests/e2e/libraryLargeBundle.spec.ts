import fs from 'node:fs';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../common/bundle';
import { MAX_REQUEST_BYTES } from '../../common/contract';
import { developmentFields } from '../support/developmentFields';
import { expect, test } from '../support/hostFixture';

/** A bundle of `count` new developments, each with about 10 KB of full text. */
function largeBundle(count: number): Buffer {
  const paragraph = 'The ministry consults on licensing rules for exporters of dual-use technology under the new framework. ';
  const entries = Array.from({ length: count }, (_, index) => ({
    development: {
      ...developmentFields({ title: `Colleague entry ${index} on pelican tariffs`, fullText: `Entry ${index}. ${paragraph.repeat(100)}` }),
      id: `colleague-large-${index}`,
      revision: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    history: [],
  }));
  return Buffer.from(JSON.stringify({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: '2026-01-02T00:00:00.000Z', entries }));
}

test('a bundle larger than the 8 MB request limit imports through the upload route', async ({ page, host }) => {
  const bundle = largeBundle(900);
  expect(bundle.length).toBeGreaterThan(MAX_REQUEST_BYTES);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('region', { name: 'Share with your team' });
  // Handed to the page by path, so the 9 MB does not cross the test protocol as base64.
  const file = test.info().outputPath('big-team.brieflink-bundle.json');
  fs.writeFileSync(file, bundle);
  await share.getByLabel('Import a colleague’s bundle').setInputFiles(file);
  await expect(share.getByRole('status')).toContainText('Merged “big-team.brieflink-bundle.json”: 900 added, 0 updated', { timeout: 20_000 });
  await page.getByLabel('Search library').fill('pelican tariffs');
  await expect(page.getByRole('list', { name: 'Library results' }).getByRole('button', { name: /Colleague entry \d+ on pelican tariffs/ }).first()).toBeVisible();
});
