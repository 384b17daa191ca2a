import fs from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, type PDFObject } from 'pdf-lib';
import { noteSchema } from '../../common/note';
import { noteToPrintHtml } from '../../common/print/printHtml';
import { expect, test } from '../support/hostFixture';

/** A PDF text string's value, or undefined for anything else. */
function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString ? value.decodeText() : undefined;
}

/** Every /Lang written on the PDF's structure elements, in tree order. */
function structureLanguages(doc: PDFDocument): string[] {
  const found: string[] = [];
  const seen = new Set<PDFDict>();
  const walk = (value: PDFObject | undefined): void => {
    const resolved = value ? doc.context.lookup(value) : undefined;
    if (resolved instanceof PDFArray) {
      for (const item of resolved.asArray()) walk(item);
    } else if (resolved instanceof PDFDict && !seen.has(resolved)) {
      seen.add(resolved);
      const lang = textOf(resolved.lookup(PDFName.of('Lang')));
      if (lang) found.push(lang);
      walk(resolved.get(PDFName.of('K')));
    }
  };
  walk(doc.catalog.get(PDFName.of('StructTreeRoot')));
  return found;
}

test('a French (Canada) note exports a PDF in fr-CA with an English passage marked en-CA, and nothing leaves 127.0.0.1', async ({ page, host }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (!['data:', 'blob:'].includes(protocol) && hostname !== '127.0.0.1') outside.push(request.url());
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Information note' }).click();
  await page.getByLabel('Subject', { exact: true }).fill('Programme d’accès');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr-CA');

  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2 + p').first().click();
  await page.keyboard.insertText('Le rapport Rural Broadband est prêt.');
  // Select "Rural Broadband" (15 characters ending 10 before the end) and mark it English.
  for (let i = 0; i < ' est prêt.'.length; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'Rural Broadband'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('combobox', { name: 'Mark passage language' }).selectOption('en-CA');
  await expect(body.locator('span[lang="en-CA"]')).toHaveText('Rural Broadband');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Some required parts are empty' });
  await Promise.race([warning.waitFor().then(() => warning.getByRole('button', { name: 'Export anyway' }).click()), downloadPromise]);
  const download = await downloadPromise;
  const doc = await PDFDocument.load(fs.readFileSync(await download.path()));
  expect(textOf(doc.catalog.lookup(PDFName.of('Lang')))).toBe('fr-CA');
  expect(structureLanguages(doc)).toContain('fr-CA');
  // Chromium's tagged PDF does not give an inline span a structure element of its own, so the
  // passage's lang is checked in the print document the export printed: the one built from
  // the saved note file by the same function.
  const notesDir = path.join(host.dataDir, 'notes');
  const [file] = fs.readdirSync(notesDir).filter((name) => name.endsWith('.note.json'));
  const saved = noteSchema.parse(JSON.parse(fs.readFileSync(path.join(notesDir, file!), 'utf8')));
  expect(saved.formatVersion).toBe(4);
  const html = noteToPrintHtml(saved);
  expect(html).toContain('<html lang="fr-CA">');
  expect(html).toContain('<span lang="en-CA">Rural Broadband</span>');

  // The language was saved with the note: it is still French after a reload.
  await page.reload();
  await page.getByRole('button', { name: /Programme d’accès/ }).first().click();
  await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('fr-CA');
  await expect(body.locator('span[lang="en-CA"]')).toHaveText('Rural Broadband');
  expect(outside).toEqual([]);
});
