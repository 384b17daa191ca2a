import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { contrastRatio } from '../support/contrast';
import { expect, test } from '../support/hostFixture';
import { readPdf } from '../support/pdfText';
import { noteWithSpilledSources, SPILLED_SOURCES_LAST_WORDS, SPILLED_SOURCES_SUBJECT } from '../support/spilledSourcesNote';

const INDIA = 'India reported to require removal of reported deepfakes within two hours';

// The first hour of a Word user, on a 1366×768 laptop (issue 26): each test does what was done.
test.use({ viewport: { width: 1366, height: 768 } });

/** Moves the highlight down a listbox, one key at a time (each seen to land), to the option whose text matches. */
async function highlight(listbox: Locator, text: RegExp) {
  const page = listbox.page();
  for (let step = 0; step < 20; step++) {
    const selected = listbox.getByRole('option', { selected: true });
    await expect(selected).toHaveCount(1);
    const current = await selected.textContent();
    if (text.test(current ?? '')) return;
    await page.keyboard.press('ArrowDown');
    await expect(listbox.getByRole('option', { selected: true })).not.toHaveText(current ?? '');
  }
  throw new Error(`No option matching ${text} in the list`);
}

async function newDecisionNote(page: Page) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
  const body = page.getByRole('textbox', { name: 'Note body' });
  await expect(body).toBeVisible();
  return body;
}

test('triple-click a paragraph and type over it: the next heading stays a heading', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  const background = body.locator('h2:has-text("Background") + p');
  await background.click();
  await page.keyboard.type('The first draft of this paragraph, to be replaced.');
  await background.click({ clickCount: 3 });
  await page.keyboard.type('A better paragraph.');
  await expect(body.getByRole('heading', { name: 'Considerations' })).toBeVisible();
  await expect(body.locator('h2:has-text("Background") + p')).toHaveText('A better paragraph.');
  await expect(body.locator('h2:has-text("Background") + p + h2')).toHaveText('Considerations');
});

test('"1. " and "- " start lists as in Word, Backspace takes the list back, and one item can leave a list', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.type('1. First option');
  await expect(body.locator('h2:has-text("Background") + ol li')).toHaveText('First option');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second option');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Third option');
  await expect(body.locator('h2:has-text("Background") + ol li')).toHaveText(['First option', 'Second option', 'Third option']);

  // The second item back to a paragraph, from the toolbar: the first and third stay list items, numbered 1 and 2.
  await body.locator('li', { hasText: 'Second option' }).click();
  await page.getByRole('toolbar', { name: 'Formatting' }).getByLabel('Block type').selectOption('Paragraph');
  await expect(body.locator('h2:has-text("Background") + ol li')).toHaveText(['First option']);
  await expect(body.locator('h2:has-text("Background") + ol + p')).toHaveText('Second option');
  const rest = body.locator('h2:has-text("Background") + ol + p + ol');
  await expect(rest.locator('li')).toHaveText(['Third option']);
  await expect(rest.locator('li')).toHaveAttribute('value', '2');

  // "- " starts a bulleted list; Backspace at once gives "- " back as typed text.
  await body.locator('h2:has-text("Considerations") + p').click();
  await page.keyboard.type('- ');
  await expect(body.locator('h2:has-text("Considerations") + ul')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(body.locator('h2:has-text("Considerations") + ul')).toHaveCount(0);
  await page.keyboard.type('not a bullet');
  await expect(body.locator('h2:has-text("Considerations") + p')).toHaveText('- not a bullet');
  // Text typed before the marker is left alone.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Step 1. stays text');
  await expect(body.locator('h2:has-text("Considerations") ~ ol')).toHaveCount(0);
});

test('the [[ menu is readable, searches summaries and key points, and inserts a key point or just a citation from the keyboard', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  await body.locator('h2:has-text("Background") + p').click();

  // "platforms" is in the India item's summary, not in its title.
  await page.keyboard.type('As reported, [[platforms');
  const menu = page.getByRole('listbox', { name: 'Insert from library' });
  await expect(menu.getByRole('option', { name: new RegExp(INDIA) })).toBeVisible();
  // The highlighted row: its title stands out from its background, and axe finds nothing serious in the menu.
  const highlighted = menu.getByRole('option', { selected: true });
  expect(await contrastRatio(highlighted.locator('.hit-title'), highlighted)).toBeGreaterThanOrEqual(4.5);
  expect(await contrastRatio(highlighted.locator('.hit-meta'), highlighted)).toBeGreaterThanOrEqual(4.5);
  expect(await seriousViolations(page, '.library-menu')).toEqual([]);

  // → lists what can be inserted from the highlighted development; "Citation only" inserts its short reference.
  await highlight(menu, new RegExp(`^${INDIA}`));
  await page.keyboard.press('ArrowRight');
  const parts = page.getByRole('listbox', { name: `Insert from “${INDIA}”` });
  await expect(parts.getByRole('option')).toHaveText([/^Summary/, /^Key point 1/, /^Key point 2/, /^Key point 3/, /^Key point 4/, /^Passage/, /^Citation only/]);
  await expect(parts.getByRole('option', { selected: true })).toHaveText(/^Summary/);
  await highlight(parts, /^Citation only/);
  await page.keyboard.press('Enter');
  const citation = body.locator('.snippet').first();
  await expect(citation).toHaveText('The Register, 2025');
  await expect(body).not.toContainText('[[');

  // A key point, with ← and → on the way: the second key point goes in, not the summary.
  await page.keyboard.type('. Also [[deepfake');
  await expect(menu.getByRole('option', { name: new RegExp(INDIA) })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(parts).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await highlight(parts, /^Key point 2/);
  await page.keyboard.press('Enter');
  await expect(body.locator('.snippet')).toHaveCount(2);
  await expect(body.locator('.snippet').nth(1)).not.toContainText('India has reportedly told');
  await expect(page.getByText('All changes saved')).toBeVisible();
});

test('Enter in the [[ menu acts on the results of the query exactly as typed, however fast', async ({ page, host }) => {
  // Twenty insertions typed key by key: on a loaded machine this takes longer than one test's usual minute.
  test.slow();
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  await body.locator('h2:has-text("Background") + p').click();
  const queries: [string, RegExp][] = [
    ['Australian', /^Australian minimum age/],
    ['deepfake', /^India reported/],
    ['Rapidus', /^Japan continues state support for Rapidus/],
    ['Singapore', /^Singapore pairs/],
    ['wolf', /^Japan introduces an emotionally responsive robot wolf/],
  ];
  for (let round = 0; round < 4; round++) {
    for (const [query] of queries) {
      // No pause between the last letter and Enter: the list on screen may still answer an earlier keystroke.
      await page.keyboard.type(` accounts, [[${query}`);
      await page.keyboard.press('Enter');
    }
  }
  const snippets = body.locator('.snippet');
  await expect(snippets).toHaveCount(queries.length * 4);
  const titles = await snippets.evaluateAll((chips) => chips.map((chip) => (chip as HTMLElement).title));
  titles.forEach((title, index) => expect(title, `snippet ${index + 1}`).toMatch(queries[index % queries.length][1]));
  await expect(body).not.toContainText('[[');
});

/** Presses `key` until the focused element is `target` (at most `limit` times); returns how many presses it took. */
async function pressUntilFocused(page: Page, key: string, target: Locator, limit = 60): Promise<number> {
  for (let presses = 0; presses <= limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached the control`);
}

test('the first note from the keyboard alone: template, Subject, file number, text, PDF named by file number and subject', async ({ page, host }) => {
  await page.goto(host.url);
  await pressUntilFocused(page, 'Tab', page.getByRole('button', { name: 'New note' }));
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('dialog', { name: 'Choose a template' });
  await pressUntilFocused(page, 'Tab', chooser.getByRole('button', { name: 'Decision note', exact: true }));
  await page.keyboard.press('Enter');
  // Focus lands in Subject, not back on "New note".
  const subject = page.getByLabel('Subject', { exact: true });
  await expect(subject).toBeFocused();
  const SUBJECT = 'Options for the Minister ahead of a decision on tiered licensing of technology exports to China';
  await page.keyboard.type(SUBJECT);
  await pressUntilFocused(page, 'Tab', page.getByLabel('File number', { exact: true }));
  await page.keyboard.type('BN-2026-0042');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await pressUntilFocused(page, 'Tab', body);
  await page.keyboard.type('Washington is weighing a tiered licensing regime.');
  await expect(page.getByText('All changes saved')).toBeVisible();

  const download = page.waitForEvent('download');
  await pressUntilFocused(page, 'Shift+Tab', page.getByRole('button', { name: 'Export PDF' }));
  await page.keyboard.press('Enter');
  const warning = page.getByRole('alertdialog', { name: 'Some required parts are empty' });
  await pressUntilFocused(page, 'Tab', warning.getByRole('button', { name: 'Export anyway' }), 10);
  await page.keyboard.press('Enter');
  // The file number first, the subject cut at a word.
  expect((await download).suggestedFilename()).toBe('BN-2026-0042 Options for the Minister ahead of a decision on tiered licensing of.pdf');
});

test('"Cited in" names the note as soon as a snippet is inserted, and the window asks for no missing file', async ({ page, host }) => {
  const missing: string[] = [];
  page.on('response', (response) => void (response.status() === 404 && missing.push(response.url())));
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  await page.getByLabel('Subject', { exact: true }).fill('Deepfake takedowns');
  await body.locator('h2:has-text("Background") + p').click();
  const library = page.getByRole('complementary', { name: 'Library' });
  await library.getByLabel('Search library').fill('deepfake');
  await library.getByRole('button', { name: new RegExp(INDIA) }).click();
  const citedIn = library.getByRole('region', { name: 'Cited in' });
  await expect(citedIn).toContainText('No note cites this development yet.');
  await library.getByRole('button', { name: 'Insert summary' }).click();
  await expect(body.locator('.snippet')).toHaveCount(1);
  await expect(citedIn.getByRole('button', { name: 'Deepfake takedowns' })).toBeVisible();
  expect(missing).toEqual([]);
});

test('at 1366×768 the toolbar and the linked snippet\u2019s actions stay in view while working far down the note', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  await body.locator('h2:has-text("Considerations") + p').click();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.insertText(`Paragraph ${i + 1} of the considerations, long enough to fill a line of the note.`);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('[[deepfake');
  await expect(page.getByRole('listbox', { name: 'Insert from library' })).toBeVisible();
  await page.keyboard.press('Enter');
  const snippet = body.locator('.snippet').last();
  await snippet.click();
  await expect(snippet).toBeInViewport();
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeInViewport();
  const bar = page.getByRole('region', { name: 'Linked snippet' });
  await expect(bar).toBeInViewport();
  await expect(bar.getByRole('button', { name: 'Unlink' })).toBeInViewport();
});

test('a key point reads in the flow: its first letter goes small inside the snippet, linked and shaded', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.type('The Register reports that [[deepfake');
  await expect(page.getByRole('listbox', { name: 'Insert from library' }).getByRole('option', { name: new RegExp(INDIA) })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await highlight(page.getByRole('listbox', { name: `Insert from “${INDIA}”` }), /^Key point 1/);
  await page.keyboard.press('Enter');
  const snippet = body.locator('.snippet');
  await expect(snippet).toHaveCount(1);
  const original = (await snippet.evaluate((element) => element.firstChild?.textContent ?? '')) as string;
  expect(original).toMatch(/^\p{Lu}/u);

  await snippet.click();
  const bar = page.getByRole('region', { name: 'Linked snippet' });
  await bar.getByRole('button', { name: 'Start with a small letter' }).click();
  // The whole text, small first letter included, is still the one linked snippet.
  await expect(snippet).toHaveCount(1);
  expect(await snippet.evaluate((element) => element.firstChild?.textContent ?? '')).toBe(original[0].toLowerCase() + original.slice(1));
  await expect(body.locator('h2:has-text("Background") + p')).toContainText(`The Register reports that ${original[0].toLowerCase()}`);
  await expect(bar).not.toContainText('edited since inserted');
  await expect(bar.getByRole('button', { name: 'Start with a capital' })).toBeVisible();
});

test('a development drags into the note straight from the search results, without opening it', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  const library = page.getByRole('complementary', { name: 'Library' });
  await library.getByLabel('Search library').fill('Singapore consortium');
  const result = library.getByRole('list', { name: 'Library results' }).getByRole('listitem').filter({ hasText: /Singapore pairs/ });
  await expect(result).toBeVisible();
  await expect(library.getByRole('button', { name: /Singapore pairs/ })).toHaveAttribute('aria-expanded', 'false');
  await result.dragTo(body.locator('h2:has-text("Considerations") + p'));
  await expect(body.locator('h2:has-text("Considerations") + p .snippet')).toContainText('Singapore is building on its national AI strategy');
});

/** Exports the open note as a PDF, past the warning about empty required parts, and reads its pages back. */
async function exportPdfPages(page: Page): Promise<string[]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const warning = page.getByRole('alertdialog');
  // Nothing about the length: a sources annex is outside the page limit.
  await expect(warning.getByRole('listitem').filter({ hasText: /^Length:/ })).toHaveCount(0);
  await warning.getByRole('button', { name: 'Export anyway' }).click();
  return (await readPdf(new Uint8Array(fs.readFileSync(await (await download).path())))).pages;
}

test('the date field reads and shows dates in the note\u2019s language, and the PDF prints the template\u2019s date style', async ({ page, host }) => {
  await page.goto(host.url);
  await newDecisionNote(page);
  await page.getByLabel('Subject', { exact: true }).fill('Spectrum auctions');
  const date = page.getByLabel('Date', { exact: true });

  // Typed with the month's name, it shows as the note's language (Canadian English for now) writes it, not as the browser's locale does.
  await date.fill('6 December 2026');
  await date.press('Tab');
  await expect(date).toHaveValue('December 6, 2026');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');

  // What is not a date is kept as typed, and the field says why next to it.
  await date.fill('the sixth');
  await date.press('Tab');
  await expect(date).toHaveValue('the sixth');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/^Not a date Brieflink can read: type it like December 31, 2026 or 2026-12-31\./);

  // The note's numeric form (year first in Canada) reads too; the note stores the date as ISO.
  await date.fill('2026-12-06');
  await date.press('Enter');
  await expect(date).toHaveValue('December 6, 2026');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('All changes saved')).toBeVisible();
  const notesDir = path.join(host.dataDir, 'notes');
  const saved = fs.readdirSync(notesDir).filter((name) => name.endsWith('.note.json'));
  expect(saved.map((name) => JSON.parse(fs.readFileSync(path.join(notesDir, name), 'utf8')).metadata.date)).toEqual(['2026-12-06']);

  // The decision note prints dates day first, in words.
  const text = (await exportPdfPages(page)).join('\n');
  expect(text).toMatch(/Date\s+6 December 2026/);
  expect(text).not.toContain('2026-12-06');
});

test.describe('sources in an annex', () => {
  test.use({ workspaceFiles: { 'notes/spilled-sources.note.json': JSON.stringify(noteWithSpilledSources()) } });

  test('a note whose sources spill onto a third page counts as two pages of two, with the sources annex on a page of its own', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: new RegExp(`^${SPILLED_SOURCES_SUBJECT}`) }).click();
    await expect(page.getByRole('textbox', { name: 'Note body' })).toContainText(SPILLED_SOURCES_LAST_WORDS);

    const length = page.getByRole('region', { name: 'Length' });
    await expect(length.locator('p').first()).toHaveText('2 pages of 2 allowed + 1 page of sources', { timeout: 15_000 });
    await expect(length.locator('p').first()).not.toHaveClass('over-limit');

    const pages = await exportPdfPages(page);
    expect(pages).toHaveLength(3);
    expect(pages[1]).toContain(SPILLED_SOURCES_LAST_WORDS);
    expect(pages.slice(0, 2).join('\n')).not.toContain('Sources');
    const annex = pages[2]!.replace(/\s+/g, ' ');
    expect(annex).toMatch(/Annex: Sources 1\. Auction design: a review of the evidence from five auctions\. Spectrum Policy Review/);
    expect(annex).toContain('5. Spectrum caps');
    expect(annex).not.toContain('programme criteria');
  });
});

/** 200 characters of Subject: the title is cut with an ellipsis, never wraps the header's controls. */
const LONG_SUBJECT = 'Options for the Minister ahead of a decision on tiered licensing of technology exports to China, with the views of industry, of the provinces and of our allies on each option, and a recommendation here';

/** Every control of the note's header on one row (their tops within a few pixels), the title a single line beside them. */
async function expectHeaderOnOneRow(page: Page) {
  const article = page.getByRole('article');
  const controls = [article.getByRole('combobox', { name: 'Status' }), article.getByRole('button', { name: 'Export PDF' }), article.getByRole('button', { name: 'More actions' })];
  const boxes = await Promise.all(controls.map(async (control) => (await control.boundingBox())!));
  const tops = boxes.map((box) => box.y);
  expect(Math.max(...tops) - Math.min(...tops), `tops of Status, Export PDF and More actions: ${tops.join(', ')}`).toBeLessThanOrEqual(6);
  const title = (await article.getByRole('heading', { level: 2, name: LONG_SUBJECT }).boundingBox())!;
  const row = { top: Math.min(...tops), bottom: Math.max(...boxes.map((box) => box.y + box.height)) };
  expect(title.y, 'the title starts on the controls’ row').toBeLessThan(row.bottom);
  expect(title.y + title.height, 'the title ends on the controls’ row').toBeGreaterThan(row.top);
  expect(title.height, 'the title is one line').toBeLessThan(2 * (row.bottom - row.top));
}

/** A new decision note with a 200-character Subject and its required details filled: one header row, and the text on the first screen once the details fold. */
async function firstScreenOfALongSubject(page: Page, url: string) {
  await page.goto(url);
  const body = await newDecisionNote(page);
  await page.getByLabel('Subject', { exact: true }).fill(LONG_SUBJECT);
  await page.getByLabel('To', { exact: true }).fill('Minister');
  await page.getByLabel('From', { exact: true }).fill('Director General, Trade Controls');
  await page.getByLabel('File number', { exact: true }).fill('BN-2026-0042');
  const title = page.getByRole('article').getByRole('heading', { level: 2, name: LONG_SUBJECT });
  await expect(title).toHaveAttribute('title', LONG_SUBJECT);
  await expectHeaderOnOneRow(page);

  // The details fold to one line; the note's text starts on the first screen, nothing scrolled.
  await page.getByRole('button', { name: 'Done with details' }).click();
  const summary = page.getByRole('button', { name: /^Details: BN-2026-0042 · .+ Edit details$/ });
  await expect(summary).toHaveAttribute('aria-expanded', 'false');
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('To', { exact: true })).toHaveCount(0);
  await expect(title).toBeInViewport({ ratio: 1 });
  await expect(body.locator('p').first()).toBeInViewport({ ratio: 1 });
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect(await seriousViolations(page, '.note-header')).toEqual([]);
  expect(await seriousViolations(page, '.details-summary')).toEqual([]);

  // Opened again, a note with its required details filled starts folded; "Edit details" opens the form.
  await page.reload();
  await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Options for the Minister/ }).click();
  await expect(summary).toHaveAttribute('aria-expanded', 'false');
  await expectHeaderOnOneRow(page);
  await expect(page.getByRole('textbox', { name: 'Note body' }).locator('p').first()).toBeInViewport({ ratio: 1 });
  await summary.click();
  await expect(page.getByLabel('Subject', { exact: true })).toBeFocused();
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('Minister');
}

test('at 1366×768 a 200-character Subject keeps the header on one row, and the folded details leave the text on the first screen', async ({ page, host }) => {
  await firstScreenOfALongSubject(page, host.url);
});

test.describe('in a 1280×800 window', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a 200-character Subject keeps the header on one row, and the folded details leave the text on the first screen', async ({ page, host }) => {
    await firstScreenOfALongSubject(page, host.url);
  });
});

test('"More actions" holds the header’s other actions, by their old names, and works from the keyboard', async ({ page, host }) => {
  await page.goto(host.url);
  await newDecisionNote(page);
  const more = page.getByRole('article').getByRole('button', { name: 'More actions' });
  await expect(more).toHaveAttribute('aria-haspopup', 'menu');
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'More actions' });
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem')).toHaveText(['Export DOCX', 'Preview', 'Import review from DOCX…', 'Clearance', 'History', 'Save as template', 'Share note', 'Move to trash']);
  await expect(menu.getByRole('menuitemcheckbox')).toHaveText(['Draft watermark', 'Review']);
  await expect(menu.getByRole('menuitem', { name: 'Export DOCX' })).toBeFocused();
  expect(await seriousViolations(page, '.note-header')).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Draft watermark' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Move to trash' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Export DOCX' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Move to trash' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(menu.getByRole('menuitem', { name: 'Export DOCX' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  // ↓ opens it too; Space turns the watermark on, and the menu shows it on when opened again.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
  await more.click();
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Draft watermark' })).toHaveAttribute('aria-checked', 'true');

  // A dialog opened from the menu gives focus back to "More actions" when it closes.
  await menu.getByRole('menuitem', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await expect(history).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  await expect(more).toBeFocused();
});
