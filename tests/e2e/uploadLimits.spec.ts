import fs from 'node:fs';
import { expect, test } from '../support/hostFixture';

/** A file of `megabytes` MB on disk: handed to the page by path, so nothing large crosses the test protocol. */
function fileOf(name: string, megabytes: number): string {
  const file = test.info().outputPath(name);
  fs.writeFileSync(file, Buffer.alloc(megabytes * 1024 * 1024, 'a'));
  return file;
}

// Files past their own import limits are refused with messages naming those limits, never
// with the host's general 8 MB request refusal (a 9 MB file would otherwise hit it).
test('oversized library files, templates and bundles each get their own "too large" message', async ({ page, host }) => {
  await page.goto(host.url);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Import files').setInputFiles(fileOf('huge-report.txt', 6));
  await expect(page.getByRole('list', { name: 'Import results' })).toContainText(
    'huge-report.txt: this file is 6.0 MB; the largest file Brieflink imports is 5.0 MB.',
  );

  await page.getByRole('button', { name: 'Templates' }).click();
  const manager = page.getByRole('dialog', { name: 'Templates' });
  await manager.getByLabel('Import a template file').setInputFiles(fileOf('huge-template.json', 9));
  await expect(manager.getByRole('alert')).toContainText(
    'huge-template.json: this file is 9.0 MB; the largest template file Brieflink imports is 1.0 MB.',
  );
  await manager.getByRole('button', { name: 'Close' }).click();

  // A damaged 6 MB bundle passes the size checks (it was once refused as over 5 MB; bundles now go up to 200 MB) and is refused for what it is.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('region', { name: 'Share with your team' });
  await share.getByLabel('Import a colleague’s bundle').setInputFiles(fileOf('not-a-bundle.json', 6));
  await expect(share.getByRole('status')).toContainText('not-a-bundle.json: this is not a Brieflink library bundle (it is not JSON).');
});
