import fs from 'node:fs';
import type { Bundle } from '../../common/bundle';
import { expect, test } from '../support/hostFixture';

test('a library bundle goes out as a download and a colleague bundle merges, with a conflict resolved by the user', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('region', { name: 'Share with your team' });
  const downloading = page.waitForEvent('download');
  await share.getByRole('button', { name: 'Export bundle' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.brieflink-bundle\.json$/);
  const bundle = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as Bundle;
  await expect(share.getByRole('status')).toContainText(`Exported ${bundle.entries.length} developments`);

  // Meanwhile I edit the India entry here (revision 2)...
  const results = page.getByRole('list', { name: 'Library results' });
  await page.getByLabel('Search library').fill('deepfake');
  await results.getByRole('button', { name: /India .*deepfakes/ }).click();
  await results.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('form', { name: 'Save changes' }).getByLabel('Title').fill('My India title');
  await page.getByRole('form', { name: 'Save changes' }).getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('(revision 2)')).toBeVisible();

  // ...and a colleague edits the same entry to their own revision 2, and adds one of their own.
  const india = bundle.entries.find((e) => e.development.id === 'india-deepfake-two-hour-takedown-rule')!;
  india.development = { ...india.development, title: 'Their India title', revision: 2 };
  const extra = structuredClone(india);
  extra.development = { ...extra.development, id: 'colleague-only-entry', title: 'Colleague note on quokka exports', fullText: 'Quokka exports.' };
  bundle.entries = [india, extra];
  await share.getByLabel('Import a colleague’s bundle').setInputFiles({
    name: 'colleague.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle)),
  });
  await expect(share.getByRole('status')).toContainText('1 added, 0 updated, 0 unchanged, 0 kept (yours is newer), 1 conflict to resolve');
  const conflicts = share.getByRole('list', { name: 'Bundle conflicts' });
  await expect(conflicts).toContainText('same revision, different content');
  await expect(conflicts).toContainText('Theirs: revision 2, “Their India title”');
  // Nothing was overwritten before the choice.
  await page.getByLabel('Search library').fill('India title');
  await expect(results.getByRole('button', { name: /My India title/ })).toBeVisible();

  await conflicts.getByRole('button', { name: 'Take theirs: My India title' }).click();
  await expect(conflicts).toHaveCount(0);
  await expect(results.getByRole('button', { name: /Their India title/ })).toBeVisible();
  await page.getByLabel('Search library').fill('quokka');
  await expect(results.getByRole('button', { name: /Colleague note on quokka exports/ })).toBeVisible();

  // A bundle from a newer Brieflink is refused with a clear message.
  await share.getByLabel('Import a colleague’s bundle').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...bundle, version: 7 })),
  });
  await expect(share.getByRole('status')).toContainText('future.json: this bundle was made by a newer version of Brieflink');
});
