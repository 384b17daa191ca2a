import { expect, test } from '../support/hostFixture';

// Files past their own import limits are refused with messages naming those limits, never
// with the host's general 8 MB request refusal (a 9 MB file would otherwise hit it).
test('oversized library files, templates and bundles each get their own "too large" message', async ({ page, host }) => {
  await page.goto(host.url);
  const nineMb = Buffer.alloc(9 * 1024 * 1024, 'a');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Import files').setInputFiles({ name: 'huge-report.txt', mimeType: 'text/plain', buffer: nineMb });
  await expect(page.getByRole('list', { name: 'Import results' })).toContainText(
    'huge-report.txt: this file is 9.0 MB; the largest file Brieflink imports is 5.0 MB.',
  );

  await page.getByRole('button', { name: 'Templates' }).click();
  const manager = page.getByRole('dialog', { name: 'Templates' });
  await manager.getByLabel('Import a template file').setInputFiles({ name: 'huge-template.json', mimeType: 'application/json', buffer: nineMb });
  await expect(manager.getByRole('alert')).toContainText(
    'huge-template.json: this file is 9.0 MB; the largest template file Brieflink imports is 1.0 MB.',
  );
  await manager.getByRole('button', { name: 'Close' }).click();

  // A damaged 9 MB bundle passes the size checks (bundles go up to 200 MB) and is refused for what it is.
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('region', { name: 'Share with your team' });
  await share.getByLabel('Import a colleague’s bundle').setInputFiles({ name: 'not-a-bundle.json', mimeType: 'application/json', buffer: nineMb });
  await expect(share.getByRole('status')).toContainText('not-a-bundle.json: this is not a Brieflink library bundle (it is not JSON).');
});
