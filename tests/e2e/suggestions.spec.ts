import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/hostFixture';
import { misspelt } from '../support/misspelt';
import { readPdf } from '../support/pdfText';

async function newNote(page: Page, subject: string) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note', exact: true }).click();
  await page.getByLabel('Subject', { exact: true }).fill(subject);
}

const body = (page: Page) => page.getByRole('textbox', { name: 'Note body' });
const summary = (page: Page) => body(page).locator('h2:has-text("Summary") + p');

async function turnOnSuggesting(page: Page, name: string) {
  await page.getByRole('checkbox', { name: 'Suggest changes' }).check();
  const who = page.getByRole('dialog', { name: 'Who are you?' });
  await expect(who).toBeVisible();
  await who.getByLabel('Your name').fill(name);
  await who.getByRole('button', { name: 'Save and suggest' }).click();
  await expect(who).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Suggest changes' })).toBeChecked();
}

test('suggested changes: typing and deleting are recorded under the reviewer’s name, listed, accepted and rejected, and undone', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await newNote(page, 'Rural broadband funding');
  await summary(page).click();
  await page.keyboard.type('The grant covers forty towns this year.');
  await expect(summary(page)).toHaveText('The grant covers forty towns this year.');

  await turnOnSuggesting(page, 'Rae Reviewer');
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByText('None yet.')).toBeVisible();

  // Delete " this year" with Backspace, one character at a time, from just before the full stop.
  await summary(page).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < ' this year'.length; i++) await page.keyboard.press('Backspace');
  // The text stays, struck through, as one deletion.
  await expect(summary(page)).toHaveText('The grant covers forty towns this year.');
  await expect(summary(page).locator('del')).toHaveText(' this year');
  // Then type a replacement right there: as in Word, it goes where the caret is, before the deleted text.
  await page.keyboard.type(' in 2027');
  await expect(summary(page).locator('ins')).toHaveText(' in 2027');
  await expect(summary(page)).toHaveText('The grant covers forty towns in 2027 this year.');

  // Select "forty" and type over it: a deletion and an insertion after it.
  await summary(page).getByText('The grant covers forty towns').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'The grant covers '.length; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'forty'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('fifty');
  await expect(summary(page).locator('del')).toHaveText(['forty', ' this year']);
  await expect(summary(page).locator('ins')).toHaveText(['fifty', ' in 2027']);
  await expect(summary(page)).toHaveText('The grant covers fortyfifty towns in 2027 this year.');

  const items = review.getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(review.getByRole('listitem', { name: 'Deletion by Rae Reviewer' }).first()).toContainText('Delete “forty”');
  await expect(review.getByRole('listitem', { name: 'Insertion by Rae Reviewer' }).first()).toContainText('Insert “fifty”');
  await expect(review.getByText('Word counts and the page count are of the note with every suggestion accepted.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Undo takes back the typed-over word as typing is undone (the letters after the first, then
  // the first with the deletion it replaced); redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(summary(page).locator('ins')).toHaveText(['f', ' in 2027']);
  await page.keyboard.press('Control+z');
  await expect(summary(page).locator('ins')).toHaveText([' in 2027']);
  await expect(summary(page).locator('del')).toHaveText([' this year']);
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(summary(page).locator('ins')).toHaveText(['fifty', ' in 2027']);
  await expect(summary(page).locator('del')).toHaveText(['forty', ' this year']);

  // Accept the first deletion and the first insertion; reject the other pair.
  await review.getByRole('group', { name: 'Actions on the deletion by rae reviewer' }).first().getByRole('button', { name: 'Accept' }).click();
  await review.getByRole('group', { name: 'Actions on the insertion by rae reviewer' }).first().getByRole('button', { name: 'Accept' }).click();
  await expect(summary(page)).toHaveText('The grant covers fifty towns in 2027 this year.');
  await review.getByRole('button', { name: 'Reject all' }).click();
  await expect(summary(page)).toHaveText('The grant covers fifty towns this year.');
  await expect(summary(page).locator('ins, del')).toHaveCount(0);
  await expect(items).toHaveCount(0);
});

test('a note with suggestions keeps them through reload, prints them accepted without markup, and counts the accepted text', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await newNote(page, 'Harbour dredging');
  await summary(page).click();
  await page.keyboard.type('Dredging starts in May.');
  await turnOnSuggesting(page, 'Rae Reviewer');
  await summary(page).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'May'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('early June after the survey');
  await expect(summary(page)).toHaveText('Dredging starts in early June after the surveyMay.');

  // Bold while suggesting: the words not yet bold show it at once, as a formatting suggestion;
  // her own insertion simply turns bold.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+b');
  await expect(summary(page).locator('.suggestion-format')).toHaveText('Dredging starts in ');
  await expect(summary(page).locator('strong')).toHaveText(['Dredging starts in ', 'early June after the survey']);
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByRole('listitem', { name: 'Formatting by Rae Reviewer' })).toContainText('Bold “Dredging starts in ”');

  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await page.getByRole('list', { name: 'Your notes' }).getByRole('button', { name: /^Harbour dredging/ }).click();
  await expect(summary(page).locator('del')).toHaveText('May');
  await expect(summary(page).locator('ins')).toHaveText('early June after the survey');
  await expect(summary(page).locator('.suggestion-format')).toHaveText('Dredging starts in ');
  await expect(review.getByRole('listitem')).toHaveCount(3);
  // Rejected, the words are as they were; undone, the suggestion is back; rejected again for the export below.
  await review.getByRole('group', { name: 'Actions on the formatting by rae reviewer' }).getByRole('button', { name: 'Reject' }).click();
  await expect(summary(page).locator('strong')).toHaveText(['early June after the survey']);
  await expect(summary(page).locator('.suggestion-format')).toHaveCount(0);
  await summary(page).click();
  await page.keyboard.press('Control+z');
  await expect(summary(page).locator('.suggestion-format')).toHaveText('Dredging starts in ');
  await review.getByRole('group', { name: 'Actions on the formatting by rae reviewer' }).getByRole('button', { name: 'Reject' }).click();
  await expect(review.getByRole('listitem')).toHaveCount(2);

  // The summary's word count is of the accepted text: "Dredging starts in early June after the survey." is 8 words.
  await expect(page.getByRole('list', { name: 'Words per section' }).getByRole('listitem').filter({ hasText: 'Summary' })).toContainText(/\b8( \/ \d+)? words/);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  // The export warns first: what goes out has the suggestions accepted, which nobody has decided yet.
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('2 suggested changes not yet accepted or rejected');
  await warning.getByRole('button', { name: 'Export anyway' }).click();
  const pdf = await readPdf(new Uint8Array(fs.readFileSync(await (await downloadPromise).path())));
  const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
  expect(text).toContain('Dredging starts in early June after the survey.');
  expect(text).not.toContain('May');
});

test('a spelling correction made while suggesting is a suggestion too', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await newNote(page, 'Ferry timetable');
  await summary(page).click();
  await page.keyboard.type('The goverment will decide.');
  // The menu is of what is marked when it opens: the word must be marked first.
  await expect.poll(() => misspelt(page), { timeout: 20_000 }).toEqual(['goverment']);
  await turnOnSuggesting(page, 'Rae Reviewer');
  await summary(page).getByText('The goverment will decide.').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'The gov'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: /goverment/ });
  await expect(menu.getByRole('menuitem').first()).toHaveText('government', { timeout: 20_000 });
  await page.keyboard.press('Enter');
  await expect(summary(page).locator('del')).toHaveText('goverment');
  await expect(summary(page).locator('ins')).toHaveText('government');
  await page.getByRole('region', { name: 'Review' }).getByRole('button', { name: 'Accept all' }).click();
  await expect(summary(page)).toHaveText('The government will decide.');
});

test('paragraph breaks while suggesting: Enter suggests a new paragraph, Backspace at a paragraph’s start a join; both are listed, kept, printed accepted and decided', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await newNote(page, 'Harbour costs');
  await summary(page).click();
  await page.keyboard.type('Dredging starts in May. Costs are shared.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The port pays a third.');
  const third = body(page).getByText('The port pays a third.');
  await expect(third).toBeVisible();

  await turnOnSuggesting(page, 'Rae Reviewer');
  const review = page.getByRole('region', { name: 'Review' });
  // Enter after "May.": the paragraph splits, and the new break is a suggestion.
  await summary(page).click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Dredging starts in May.'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(summary(page)).toHaveText('Dredging starts in May.');
  const split = body(page).locator('p[data-suggested-break="insert"]');
  await expect(split).toHaveText(' Costs are shared.');
  await expect(split).toHaveAttribute('title', /^New paragraph suggested by Rae Reviewer, /);
  await expect(review.getByRole('listitem', { name: 'New paragraph by Rae Reviewer' })).toContainText('New paragraph before “Costs are shared.…”');

  // Backspace at the start of "The port pays…": the join is suggested, both paragraphs stay.
  await third.click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  const joined = body(page).locator('p[data-suggested-break="delete"]');
  await expect(joined).toHaveText('The port pays a third.');
  await expect(review.getByRole('listitem', { name: 'Paragraph join by Rae Reviewer' })).toContainText('Join paragraphs before “The port pays a third.…”');
  expect(await seriousViolations(page)).toEqual([]);
  // Undone and redone as one step each.
  await page.keyboard.press('Control+z');
  await expect(joined).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(joined).toHaveCount(1);

  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await page.getByRole('list', { name: 'Your notes' }).getByRole('button', { name: /^Harbour costs/ }).click();
  await expect(split).toHaveText(' Costs are shared.');
  await expect(joined).toHaveText('The port pays a third.');
  await expect(review.getByRole('listitem')).toHaveCount(2);

  // The PDF reads as if both were accepted: the joined paragraph runs on.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('2 suggested changes not yet accepted or rejected');
  await warning.getByRole('button', { name: 'Export anyway' }).click();
  const pdf = await readPdf(new Uint8Array(fs.readFileSync(await (await downloadPromise).path())));
  expect(pdf.pages.join('\n').replace(/\s+/g, ' ')).toContain('Costs are shared.The port pays a third.');

  // Rejecting the new paragraph joins it back; accepting the join runs the last paragraph on.
  await review.getByRole('group', { name: 'Actions on the new paragraph by rae reviewer' }).getByRole('button', { name: 'Reject' }).click();
  await expect(summary(page)).toHaveText('Dredging starts in May. Costs are shared.');
  await review.getByRole('group', { name: 'Actions on the paragraph join by rae reviewer' }).getByRole('button', { name: 'Accept' }).click();
  await expect(summary(page)).toHaveText('Dredging starts in May. Costs are shared.The port pays a third.');
  await expect(body(page).locator('[data-suggested-break]')).toHaveCount(0);
  await expect(review.getByRole('listitem')).toHaveCount(0);
});

test('a paragraph moved with Alt+Shift+Down: as it is without suggesting, and as a suggested move with a stand-in while suggesting', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await newNote(page, 'Harbour order');
  await summary(page).click();
  for (const [index, line] of ['First point.', 'Second point.', 'Third point.'].entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  const blocks = () => body(page).locator('h2:has-text("Summary") ~ p');
  const order = async () => (await blocks().allTextContents()).filter((text) => text.endsWith('point.'));

  // Without suggesting, the paragraph just moves, and the caret goes with it.
  await body(page).getByText('First point.').click();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(order).toEqual(['Second point.', 'First point.', 'Third point.']);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(order).toEqual(['First point.', 'Second point.', 'Third point.']);

  await turnOnSuggesting(page, 'Rae Reviewer');
  await body(page).getByText('First point.').click();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  const standIn = body(page).locator('p[data-suggested-move="from"]');
  const moved = body(page).locator('p[data-suggested-move="to"]');
  await expect(standIn).toHaveText('First point.');
  await expect(moved).toHaveText('First point.');
  await expect(moved).toHaveAttribute('title', /^Moved here as suggested by Rae Reviewer, /);
  await expect.poll(order).toEqual(['First point.', 'Second point.', 'Third point.', 'First point.']);
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByRole('listitem', { name: 'Move by Rae Reviewer' })).toContainText('Moved “First point.…”');
  await expect(page.getByRole('status').filter({ hasText: 'Paragraph moved down.' })).toBeAttached();
  expect(await seriousViolations(page)).toEqual([]);

  // Rejected, the paragraph is back where it was; undone, the move is back; accepted, the stand-in goes.
  await review.getByRole('group', { name: 'Actions on the move by rae reviewer' }).getByRole('button', { name: 'Reject' }).click();
  await expect.poll(order).toEqual(['First point.', 'Second point.', 'Third point.']);
  await expect(body(page).locator('[data-suggested-move]')).toHaveCount(0);
  await body(page).getByText('Third point.').click();
  await page.keyboard.press('Control+z');
  await expect(moved).toHaveText('First point.');
  await review.getByRole('group', { name: 'Actions on the move by rae reviewer' }).getByRole('button', { name: 'Accept' }).click();
  await expect.poll(order).toEqual(['Second point.', 'Third point.', 'First point.']);
  await expect(body(page).locator('[data-suggested-move]')).toHaveCount(0);
});

test('a paragraph made a subheading while suggesting is a suggested style change: marked, listed, kept, rejected, undone and accepted; lists are refused', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await newNote(page, 'Harbour timing');
  await summary(page).click();
  await page.keyboard.type('Timing');
  await turnOnSuggesting(page, 'Rae Reviewer');
  await body(page).getByText('Timing').click();
  const blockType = page.getByRole('toolbar', { name: 'Formatting' }).getByLabel('Block type');
  await blockType.selectOption('Subheading');
  const restyled = body(page).locator('h3[data-suggested-type="paragraph"]');
  await expect(restyled).toHaveText('Timing');
  await expect(restyled).toHaveAttribute('title', /^Subheading, was paragraph: suggested by Rae Reviewer, /);
  const review = page.getByRole('region', { name: 'Review' });
  const item = review.getByRole('listitem', { name: 'Style change by Rae Reviewer' });
  await expect(item).toContainText('Subheading, was paragraph “Timing…”');
  expect(await seriousViolations(page)).toEqual([]);

  // Making a list is not recorded as a suggestion: refused, with a message, and nothing changes.
  await body(page).getByText('Timing').click();
  await blockType.selectOption('Bulleted list');
  await expect(page.getByRole('status').filter({ hasText: 'Lists are not made or undone as suggestions.' })).toBeAttached();
  await expect(body(page).locator('ul')).toHaveCount(0);
  await expect(restyled).toHaveText('Timing');

  // Kept through a reload (the note is saved in format 8).
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await page.getByRole('list', { name: 'Your notes' }).getByRole('button', { name: /^Harbour timing/ }).click();
  await expect(restyled).toHaveText('Timing');

  // Rejected, it is a paragraph again; undone, the suggestion is back; accepted, the subheading stays unmarked.
  await item.getByRole('button', { name: 'Reject' }).click();
  await expect(summary(page)).toHaveText('Timing');
  await expect(body(page).locator('[data-suggested-type]')).toHaveCount(0);
  await summary(page).click();
  await page.keyboard.press('Control+z');
  await expect(restyled).toHaveText('Timing');
  await item.getByRole('button', { name: 'Accept' }).click();
  await expect(body(page).locator('h2:has-text("Summary") + h3')).toHaveText('Timing');
  await expect(body(page).locator('[data-suggested-type]')).toHaveCount(0);
  await expect(review.getByRole('listitem')).toHaveCount(0);
});

test('while suggesting, a table’s rows, a new table and a page break are refused with a message, and nothing changes', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Harbour table');
  await summary(page).click();
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Insert table' }).click();
  const table = body(page).locator('table');
  await expect(table.locator('tr')).toHaveCount(3);
  await page.keyboard.type('Port');
  await turnOnSuggesting(page, 'Rae Reviewer');
  await table.getByText('Port').click();
  await page.keyboard.press('Control+Alt+R');
  await expect(page.getByRole('status').filter({ hasText: 'Tables and their rows, columns and header row are not changed as suggestions.' })).toBeAttached();
  await expect(table.locator('tr')).toHaveCount(3);
  await page.keyboard.press('Control+Alt+D');
  await expect(table.locator('tr')).toHaveCount(3);
  await expect(table.getByText('Port')).toBeVisible();
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Insert table' }).click();
  await expect(body(page).locator('table')).toHaveCount(1);
  await table.getByText('Port').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Page breaks are not changed as suggestions.' })).toBeAttached();
  await expect(body(page).getByRole('separator', { name: 'Page break' })).toHaveCount(0);
  await expect(table.getByText('Port')).toBeVisible();
});

test('a snippet inserted with [[ while suggesting is a suggested insertion: rejected, it goes; undone and accepted, it stays', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await newNote(page, 'Deepfake rules');
  await summary(page).click();
  await page.keyboard.type('As reported: ');
  await turnOnSuggesting(page, 'Rae Reviewer');
  await summary(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type('[[deepfake');
  await page.getByRole('listbox', { name: 'Insert from library' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  const inserted = summary(page).locator('ins .snippet');
  await expect(inserted).toHaveCount(1);
  await expect(summary(page)).not.toContainText('[[');
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByRole('listitem', { name: 'Insertion by Rae Reviewer' })).toContainText('India has reportedly told');

  // Rejecting is an undo step of its own (it removes nodes only, which the editor's history
  // would otherwise fold into the step before).
  await review.getByRole('button', { name: 'Reject all' }).click();
  await expect(summary(page).locator('.snippet')).toHaveCount(0);
  await expect(summary(page)).toHaveText('As reported: ');
  await summary(page).click();
  await page.keyboard.press('Control+z');
  await expect(inserted).toHaveCount(1);
  await review.getByRole('button', { name: 'Accept all' }).click();
  await expect(summary(page).locator('.snippet')).toHaveCount(1);
  await expect(summary(page).locator('ins')).toHaveCount(0);

  // Inserted from the library over selected words: the words are a suggested deletion, not gone.
  await summary(page).getByText('As reported:').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'As reported'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  const library = page.getByRole('complementary', { name: 'Library' });
  await library.getByLabel('Search library').fill('semiconductor subsidy Rapidus');
  await library.getByRole('button', { name: /Rapidus/ }).click();
  await library.getByRole('button', { name: 'Insert key point 1' }).click();
  await expect(summary(page).locator('del')).toHaveText('As reported');
  await expect(summary(page).locator('ins .snippet')).toHaveCount(1);
});

test('text composed with an input method while suggesting is a suggested insertion', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await newNote(page, 'Tokyo visit');
  await summary(page).click();
  await page.keyboard.type('Meeting in Tokyo.');
  await turnOnSuggesting(page, 'Rae Reviewer');
  await summary(page).click();
  await page.keyboard.press('End');
  // An input method as Chromium's DevTools protocol emulates one: a composition, then its commit
  // (which arrives as inserted text; the path of a composition that ends with the text already
  // written is covered by suggestionEdits.test.ts).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'とうきょう', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', { text: '東京', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '東京' });
  await expect(summary(page).locator('ins')).toHaveText('東京');
  await expect(summary(page)).toHaveText('Meeting in Tokyo.東京');
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByRole('listitem', { name: 'Insertion by Rae Reviewer' })).toContainText('Insert “東京”');
  await review.getByRole('button', { name: 'Reject all' }).click();
  await expect(summary(page)).toHaveText('Meeting in Tokyo.');
});
