import type { Locator, Page } from '@playwright/test';
import { SHARED_NOTE_FORMAT, SHARED_NOTE_VERSION } from '../../common/noteShare';
import { expect, test } from '../support/hostFixture';
import { htmlArticle, pdfArticle } from '../support/importFixtures';
import { makeNote } from '../support/noteFiles';

interface DroppedFile {
  name: string;
  type: string;
  content: Uint8Array | string;
}

/** A drag of files from the desktop, as the browser makes one: a DataTransfer holding Files. */
async function fileDrag(page: Page, files: DroppedFile[]) {
  const encoded = files.map((file) => ({ name: file.name, type: file.type, base64: Buffer.from(file.content).toString('base64') }));
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: file.type }));
    }
    return transfer;
  }, encoded);
}

/** Drags the files over the target, checks the overlay shows, and drops them there. */
async function drop(page: Page, target: Locator, files: DroppedFile[]) {
  const dataTransfer = await fileDrag(page, files);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByRole('status').filter({ hasText: 'Drop to import' })).toBeVisible();
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Drop to import')).toHaveCount(0);
}

const notesArea = (page: Page) => page.getByRole('navigation', { name: 'Notes' });

test('a document dropped on the notes area goes to the library’s import review', async ({ page, host }) => {
  await page.goto(host.url);
  await drop(page, notesArea(page), [{ name: 'call.pdf', type: 'application/pdf', content: await pdfArticle() }]);
  // The first import of a run loads the PDF reader; on a loaded 2-core machine that alone can pass 10 s.
  const review = page.getByRole('region', { name: 'Review call.pdf' });
  await expect(review.getByLabel('Title')).toHaveValue('Semiconductor subsidy programme opens second call', { timeout: 30_000 });
  await review.getByRole('button', { name: 'Save to library' }).click();
  await expect(page.getByRole('list', { name: 'Import results' }).getByRole('listitem').filter({ hasText: 'call.pdf' })).toContainText('saved as');

  // A web page dropped on the note area (the empty workspace) is reviewed the same way.
  await drop(page, page.getByRole('main'), [{ name: 'wire.html', type: 'text/html', content: htmlArticle({ url: 'https://wire.example/sensors' }) }]);
  await expect(page.getByRole('region', { name: 'Review wire.html' }).getByLabel('Title')).toHaveValue('Ministry of Trade sets tiered licences for sensor exports', { timeout: 30_000 });
});

test('files dropped on the import panel\u2019s own area are read there, by the window\u2019s one drop handling', async ({ page, host }) => {
  await page.goto(host.url);
  const library = page.getByRole('complementary', { name: 'Library' });
  await library.getByRole('button', { name: 'Import' }).click();
  const panel = page.getByRole('region', { name: 'Import into the library' });
  await drop(page, panel.getByText(/or drop .* files here/), [
    { name: 'call.pdf', type: 'application/pdf', content: await pdfArticle() },
    { name: 'wire.html', type: 'text/html', content: htmlArticle({ url: 'https://wire.example/sensors' }) },
  ]);
  const results = panel.getByRole('list', { name: 'Import results' });
  await expect(results.getByRole('listitem').filter({ hasText: 'call.pdf' })).toBeVisible();
  await expect(results.getByRole('listitem').filter({ hasText: 'wire.html' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '2 of 2 files read' })).toBeVisible({ timeout: 30_000 });
});

test('a shared note dropped on the window is imported as a note; a program is refused by name', async ({ page, host }) => {
  await page.goto(host.url);
  const shared = {
    format: SHARED_NOTE_FORMAT,
    version: SHARED_NOTE_VERSION,
    exportedAt: '2026-02-01T10:00:00.000Z',
    note: makeNote({ id: 'note-from-colleague', subject: 'Ferry subsidy options', text: 'From a colleague.' }),
    sources: [],
  };
  await drop(page, notesArea(page), [{ name: 'ferry.brieflink-note.json', type: 'application/json', content: JSON.stringify(shared) }]);
  const dialog = page.getByRole('dialog', { name: 'Shared note imported' });
  await expect(dialog).toContainText('“Ferry subsidy options” was added to your notes');
  await dialog.getByRole('button', { name: 'Open the note' }).click();
  await expect(page.getByRole('heading', { name: 'Ferry subsidy options', level: 2 })).toBeVisible();

  await drop(page, notesArea(page), [{ name: 'setup.exe', type: 'application/octet-stream', content: 'MZ' }]);
  await expect(page.getByRole('alert')).toContainText('setup.exe was not imported: Brieflink does not open this kind of file.');
  await expect(page.getByRole('region', { name: /^Review/ })).toHaveCount(0);
});

test('the overlay shows for files only, not for the editor’s own drags, and goes when the drag leaves', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'No note open' })).toBeVisible();
  const textDrag = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'moved words');
    return transfer;
  });
  await notesArea(page).dispatchEvent('dragenter', { dataTransfer: textDrag });
  await notesArea(page).dispatchEvent('dragover', { dataTransfer: textDrag });
  await expect(page.getByText('Drop to import')).toHaveCount(0);

  const files = await fileDrag(page, [{ name: 'a.txt', type: 'text/plain', content: 'Words.' }]);
  await notesArea(page).dispatchEvent('dragenter', { dataTransfer: files });
  await expect(page.getByRole('status').filter({ hasText: 'Drop to import' })).toBeVisible();
  await notesArea(page).dispatchEvent('dragleave', { dataTransfer: files });
  await expect(page.getByText('Drop to import')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Review/ })).toHaveCount(0);
});
