import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BUILT_IN_TEMPLATES_DIR } from '../support/backendFixture';
import { expect, test } from '../support/hostFixture';
import { noteAction } from '../support/noteActions';

async function newNote(page: Page, templateName: string) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: templateName, exact: true }).click();
  await expect(page.getByLabel('Subject', { exact: true })).toBeVisible();
}

const builtIn = (name: string) => JSON.parse(fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, name), 'utf8'));

test("a note saved as a template gives new notes its section headings", async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Decision note');
  await page.getByLabel('Subject', { exact: true }).fill('Pilot');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.getByRole('heading', { name: 'Issue' }).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' and context');
  await expect(body.getByRole('heading', { name: 'Issue and context' })).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();

  await (await noteAction(page, 'Save as template')).click();
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  await dialog.getByLabel('Template name').fill('Pilot brief');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the template “Pilot brief”' })).toBeVisible();
  const stored = JSON.parse(fs.readFileSync(path.join(host.dataDir, 'templates', 'user-pilot-brief.json'), 'utf8'));
  expect(stored.sections.map((section: { heading: string }) => section.heading)).toEqual([
    'Summary',
    'Issue and context',
    'Background',
    'Considerations',
    'Recommendation',
  ]);

  await newNote(page, 'Pilot brief');
  const fresh = page.getByRole('textbox', { name: 'Note body' });
  await expect(fresh.getByRole('heading', { name: 'Issue and context' })).toBeVisible();
  await expect(page.getByRole('article').getByText('Pilot brief', { exact: true })).toBeVisible();
});

test('an invalid template file is refused with its field-level errors', async ({ page, host }) => {
  const broken = builtIn('02-information-note.json');
  broken.sections[2].heading = '';
  broken.classificationScheme = 'narnia';
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Templates' }).click();
  const manager = page.getByRole('dialog', { name: 'Templates' });
  await manager.getByLabel('Import a template file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = manager.getByRole('alert');
  await expect(alert).toContainText('This template was not imported.');
  await expect(alert.getByRole('listitem').filter({ hasText: /^sections\.2\.heading: / })).toBeVisible();
  await expect(alert.getByRole('listitem').filter({ hasText: /^classificationScheme: unknown scheme "narnia"/ })).toBeVisible();
  expect(fs.readdirSync(path.join(host.dataDir, 'templates'))).toEqual([]);

  await manager.getByLabel('Import a template file').setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...builtIn('02-information-note.json'), name: 'Imported note' })),
  });
  await expect(manager.getByRole('region', { name: 'Your templates' })).toContainText('Imported note');
  expect(fs.readdirSync(path.join(host.dataDir, 'templates'))).toEqual(['user-information-note.json']);
});

test('a built-in template is duplicated, its copy edited with buttons and exported; built-ins offer no edit', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Templates' }).click();
  const manager = page.getByRole('dialog', { name: 'Templates' });
  const builtIns = manager.getByRole('region', { name: 'Built-in templates' });
  await expect(builtIns.getByRole('button', { name: 'Duplicate Information note' })).toBeVisible();
  await expect(builtIns.getByRole('button', { name: /^(Edit|Delete) / })).toHaveCount(0);

  await builtIns.getByRole('button', { name: 'Duplicate Information note' }).click();
  const mine = manager.getByRole('region', { name: 'Your templates' });
  await mine.getByRole('button', { name: 'Edit Information note (copy)' }).click();

  await manager.getByLabel('Name', { exact: true }).fill('Weekly update');
  // Moving and removing from the keyboard: focus follows the moved section, or goes on.
  await manager.getByRole('button', { name: 'Move section 1 down' }).focus();
  await page.keyboard.press('Enter');
  await expect(manager.getByLabel('Heading of section 1')).toHaveValue('Background');
  await expect(manager.getByRole('button', { name: 'Move section 2 down' })).toBeFocused();
  await manager.getByRole('button', { name: 'Remove section 4' }).focus();
  await page.keyboard.press('Enter');
  await expect(manager.getByRole('button', { name: 'Remove section 3' })).toBeFocused();
  await manager.getByRole('button', { name: 'Add section' }).click();
  await manager.getByLabel('Heading of section 4').fill('Risks');
  await manager.getByLabel('Word limit of section 4').fill('150');
  await manager.getByLabel('Section 4 required').check();
  await manager.getByLabel('Use File number').check();
  await manager.getByLabel('Label for File number').fill('Ref.');
  await manager.getByLabel('Use To').uncheck();

  // A bad edit is refused with the field named, and nothing is saved.
  await manager.getByLabel('Heading of section 2').fill('');
  await manager.getByRole('button', { name: 'Save template' }).click();
  await expect(manager.getByRole('alert')).toContainText('sections.1.heading');
  await manager.getByLabel('Heading of section 2').fill('Why now');
  await manager.getByRole('button', { name: 'Save template' }).click();
  await expect(mine.getByRole('button', { name: 'Edit Weekly update' })).toBeVisible();

  const saved = JSON.parse(fs.readFileSync(path.join(host.dataDir, 'templates', 'user-information-note.json'), 'utf8'));
  expect(saved.name).toBe('Weekly update');
  expect(saved.sections.map((s: { heading: string }) => s.heading)).toEqual(['Background', 'Why now', 'Current status', 'Risks']);
  expect(saved.sections[3]).toMatchObject({ required: true, wordLimit: 150 });
  expect(saved.fields.map((f: { id: string }) => f.id)).not.toContain('to');
  expect(saved.fields).toContainEqual({ id: 'reference', label: 'Ref.', kind: 'text', required: false });

  const download = page.waitForEvent('download');
  await mine.getByRole('button', { name: 'Export Weekly update' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('user-information-note.json');
  expect(JSON.parse(fs.readFileSync(await file.path(), 'utf8')).name).toBe('Weekly update');

  await mine.getByRole('button', { name: 'Delete Weekly update' }).click();
  await expect(mine.getByRole('button', { name: 'Edit Weekly update' })).toHaveCount(0);
  expect(fs.readdirSync(path.join(host.dataDir, 'templates'))).toEqual([]);
});
