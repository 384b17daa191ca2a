import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { editorState, paragraphNode, textNode } from '../../common/editorState';
import { SNIPPET_NODE_TYPE } from '../../common/snippet';
import { makeNote } from '../support/noteFiles';
import { readPdf } from '../support/pdfText';
import { expect, test } from '../support/hostFixture';

const INDIA = 'India reported to require removal of reported deepfakes within two hours';

async function newDecisionNote(page: Page) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();
  return body;
}

async function openInLibrary(page: Page, query: string, title: RegExp) {
  const library = page.getByRole('complementary', { name: 'Library' });
  await library.getByLabel('Search library').fill(query);
  await library.getByRole('button', { name: title }).click();
  return library;
}

test('snippets go in three ways from the keyboard and the mouse, and show their source', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);

  // 1. Inline search: "[[" opens a typeahead over the library; Enter inserts the summary.
  const saves: string[] = [];
  page.on('request', (request) => void (request.url().endsWith('/api/notes.save') && saves.push(request.url())));
  const savesBefore = saves.length;
  await page.keyboard.type('As reported, [[deepfake');
  const menu = page.getByRole('listbox', { name: 'Insert from library' });
  await expect(menu.getByRole('option', { name: new RegExp(INDIA) })).toBeVisible();
  // While the menu is open, saving is held at most a second (the autosaver's unit tests time
  // it): a save comes while the menu stays open, and the menu is still there after it.
  await expect.poll(() => saves.length, { timeout: 5000 }).toBeGreaterThan(savesBefore);
  await expect(menu).toBeVisible();
  await page.keyboard.press('Enter');
  const first = body.locator('.snippet').first();
  await expect(first).toContainText('India has reportedly told social media platforms');
  await expect(body).not.toContainText('[[');
  await expect(first).toHaveAttribute('data-chip', 'The Register, 2025');

  // The caret inside the snippet shows its source; "Open source" opens it in the library panel.
  await first.click();
  const bar = page.getByRole('region', { name: 'Linked snippet' });
  await expect(bar).toContainText(INDIA);
  await expect(bar).toContainText('Up to date with the library');
  await bar.getByRole('button', { name: 'Open source' }).click();
  await expect(page.getByRole('complementary', { name: 'Library' }).getByRole('heading', { name: INDIA })).toBeFocused();

  // 2. An "Insert" action on a key point, with the keyboard.
  await body.locator('h2:has-text("Considerations") + p').click();
  const library = await openInLibrary(page, 'semiconductor subsidy Rapidus', /Rapidus/);
  await library.getByRole('button', { name: 'Insert key point 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(body.locator('h2:has-text("Considerations") + p .snippet')).toHaveCount(1);

  // 3. Drag the summary of a development into the note.
  const singapore = await openInLibrary(page, 'Singapore consortium', /Singapore/);
  const summary = singapore.locator('.development p.insertable').first();
  await summary.dragTo(body.locator('h2:has-text("Summary") + p'));
  await expect(body.locator('h2:has-text("Summary") + p .snippet')).toContainText('Singapore');

  await expect(body.locator('.snippet')).toHaveCount(3);
  await expect(page.getByText('All changes saved')).toBeVisible();
});

test('a changed source flags the snippet; review takes the new text or keeps the author\u2019s', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  await page.keyboard.type('[[deepfake');
  await page.getByRole('listbox', { name: 'Insert from library' }).getByRole('option').first().click();
  const snippet = body.locator('.snippet').first();
  await expect(snippet).toHaveAttribute('data-state', 'current');

  // Edit the source development in the library panel.
  const library = await openInLibrary(page, 'deepfake', new RegExp(INDIA));
  await library.getByRole('button', { name: 'Edit' }).click();
  const form = library.getByRole('form', { name: 'Save changes' });
  await form.getByLabel('Summary', { exact: true }).fill('India now requires platforms to remove a reported deepfake within three hours of a complaint.');
  await form.getByRole('button', { name: 'Save changes' }).click();

  await expect(snippet).toHaveAttribute('data-state', 'outdated');
  await expect(page.getByText('1 linked snippet out of date.')).toBeVisible();

  // A chip made anew (here by undo and redo) has its marks in the first frame that shows it:
  // the lists of snippets follow after that frame, the chip's own state does not wait.
  await page.evaluate(() => {
    const w = window as unknown as { unmarkedFrames: number };
    w.unmarkedFrames = 0;
    const check = () => {
      if ([...document.querySelectorAll('#note-body .snippet')].some((chip) => !chip.hasAttribute('data-state'))) w.unmarkedFrames++;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await body.locator('h2:has-text("Summary")').click();
  await page.keyboard.press('Control+z');
  await expect(body.locator('.snippet')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(snippet).toHaveAttribute('data-state', 'outdated');
  expect(await page.evaluate(() => (window as unknown as { unmarkedFrames: number }).unmarkedFrames)).toBe(0);
  await page.getByRole('button', { name: 'Check sources' }).click();
  const review = page.getByRole('dialog', { name: /^Source updated/ });
  await expect(review.locator('ins')).toContainText(['three']);
  await expect(review.locator('del').first()).toBeVisible();
  await review.getByRole('button', { name: 'Take the new text' }).click();
  await expect(snippet).toContainText('within three hours');
  await expect(snippet).toHaveAttribute('data-state', 'current');

  // Change it again; this time keep the author's text.
  await library.getByRole('button', { name: 'Edit' }).click();
  await form.getByLabel('Summary', { exact: true }).fill('India now requires platforms to remove a reported deepfake within one hour of a complaint.');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(snippet).toHaveAttribute('data-state', 'outdated');
  await snippet.click();
  await page.getByRole('region', { name: 'Linked snippet' }).getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('dialog', { name: /^Source updated/ }).getByRole('button', { name: 'Keep mine' }).click();
  await expect(snippet).toContainText('within three hours');
  await expect(snippet).toHaveAttribute('data-state', 'current');
  await expect(snippet).toHaveAttribute('data-edited', 'true');
});

const DAMAGED_NOTE = (() => {
  const note = makeNote({ id: 'damaged-snippets', subject: 'A note with an unreadable snippet' });
  note.body = editorState([
    paragraphNode([
      textNode('Before '),
      { type: SNIPPET_NODE_TYPE, version: 1, snippet: { formatVersion: 9, future: true }, children: [textNode('text from a newer snippet')] },
      textNode(' after.'),
    ]),
  ]);
  return JSON.stringify(note);
})();

test.describe('a note whose snippet data cannot be read', () => {
  test.use({ workspaceFiles: { 'notes/damaged-snippets.note.json': DAMAGED_NOTE } });

  test('opens with the snippet as plain text and a warning', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^A note with an unreadable snippet/ }).click();
    const body = page.getByRole('textbox', { name: 'Note body' });
    await expect(body).toContainText('Before text from a newer snippet after.');
    await expect(body.locator('.snippet')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText('1 linked snippet');
  });
});

test('the export cites snippets, the library shows backlinks, and freezing keeps text and citations', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  await page.getByLabel('Subject', { exact: true }).fill('Cited note');
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.type('[[deepfake');
  await page.getByRole('listbox', { name: 'Insert from library' }).getByRole('option').first().click();
  await expect(page.getByText('All changes saved')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByRole('alertdialog', { name: 'Some required parts are empty' }).getByRole('button', { name: 'Export anyway' }).click();
  const pdf = await readPdf(new Uint8Array(fs.readFileSync(await (await downloadPromise).path())));
  const text = pdf.pages.join('\n');
  expect(text).toMatch(/how the obligation is enforced\.\s*\[1\]/);
  expect(text).toContain('Sources');
  expect(text.replace(/\s+/g, ' ')).toContain('1. India reported to require removal of reported deepfakes within two hours. The Register');

  // Backlinks: the development lists the note; choosing it puts the caret in the snippet.
  const library = await openInLibrary(page, 'deepfake', new RegExp(INDIA));
  const citedIn = library.getByRole('region', { name: 'Cited in' });
  await citedIn.getByRole('button', { name: 'Cited note' }).click();
  await expect(page.getByRole('region', { name: 'Linked snippet' })).toContainText(INDIA);

  await page.getByRole('button', { name: 'Freeze links' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Froze 1 linked snippet' })).toBeVisible();
  await expect(body.locator('.snippet')).toHaveAttribute('data-state', 'frozen');
  await expect(body.locator('.snippet')).toContainText('India has reportedly told');
});

const MISSING_SOURCE_NOTE = (() => {
  const note = makeNote({ id: 'colleague-note', subject: 'A colleague\u2019s note' });
  note.body = editorState([
    paragraphNode([
      textNode('They wrote: '),
      {
        type: SNIPPET_NODE_TYPE,
        version: 1,
        snippet: {
          formatVersion: 1,
          id: 'colleague-snippet',
          source: { developmentId: 'nz-algorithm-charter-review', title: 'New Zealand reviews its algorithm charter', publisher: 'Stats NZ', publishedDate: '2025-05-01', url: 'https://data.govt.nz/' },
          origin: { kind: 'summary' },
          sourceRevision: 2,
          insertedText: 'The charter is under review.',
        },
        children: [textNode('The charter is under review.')],
      },
    ]),
  ]);
  return JSON.stringify(note);
})();

test.describe('a note whose sources are not in this library', () => {
  test.use({ workspaceFiles: { 'notes/colleague-note.note.json': MISSING_SOURCE_NOTE } });

  test('says so on the chip and adds the source to the library from what the snippet carries', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^A colleague/ }).click();
    const snippet = page.getByRole('textbox', { name: 'Note body' }).locator('.snippet');
    await expect(snippet).toHaveAttribute('data-state', 'missing');
    await snippet.click();
    const bar = page.getByRole('region', { name: 'Linked snippet' });
    await expect(bar).toContainText('Source missing from your library');
    await bar.getByRole('button', { name: 'Add to my library' }).click();
    await expect(snippet).toHaveAttribute('data-state', 'current');
    await page.getByLabel('Search library').fill('algorithm charter');
    await expect(page.getByRole('list', { name: 'Library results' })).toContainText('New Zealand reviews its algorithm charter');
  });
});

test('while a [[ search is still on its way, the page has one listbox under the caret, not one inside another', async ({ page, host }) => {
  await page.goto(host.url);
  await newDecisionNote(page);
  await page.keyboard.type('[[deepfake');
  const menu = page.getByRole('listbox', { name: 'Insert from library' });
  await expect(menu.getByRole('option', { name: new RegExp(INDIA) })).toBeVisible();
  // The next query's answer is held back, so the list on screen is the last one while the
  // editor has already moved on to the new query (as on a busy machine).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/library.search', async (route) => {
    await held;
    await route.continue();
  });
  await page.keyboard.type('s');
  const box = page.locator('#typeahead-menu');
  await expect(box).toHaveAttribute('role', 'presentation');
  await expect(box).not.toHaveAttribute('aria-label');
  await expect(box.getByRole('listbox')).toHaveCount(1);
  await expect(menu.getByRole('option', { name: new RegExp(INDIA) })).toBeVisible();
  release();
  await expect(menu).toHaveAttribute('data-query', 'deepfakes');
  await expect(box).toHaveAttribute('role', 'presentation');
});
