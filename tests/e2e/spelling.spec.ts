import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/hostFixture';
import { misspelt } from '../support/misspelt';

/** Whether any drawn range lies inside a linked snippet. */
const markedInSnippet = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('misspelt') as unknown as Set<AbstractRange> | undefined;
    return [...(highlight ?? [])].filter((range) => range.startContainer.parentElement?.closest('.snippet')).length;
  });

function watchRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') outside.push(request.url());
  });
  return outside;
}

async function newDecisionNote(page: Page) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();
  return body;
}

test('a misspelt word is marked, and its menu, opened from the keyboard, replaces it in one undo step', async ({ page, host }) => {
  const outside = watchRequests(page);
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  await page.keyboard.type('The goverment will decide.');
  await expect.poll(() => misspelt(page), { timeout: 20_000 }).toEqual(['goverment']);
  // Chromium's own checker draws nothing: the body opts out of it.
  await expect(body).toHaveAttribute('spellcheck', 'false');

  // The caret into the word, then Shift+F10.
  for (let i = 0; i < ' will decide.'.length + 3; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: /goverment/ });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toHaveText('government', { timeout: 15_000 });
  await expect(menu.getByRole('menuitem', { name: 'Add to dictionary' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Ignore' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Paste as plain text' })).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  // Arrow keys move, Escape closes and gives focus back to the note.
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem').first()).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(body).toBeFocused();

  // A click outside the menu, on nothing that takes the focus, closes it too.
  await page.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem').first()).toHaveText('government', { timeout: 15_000 });
  await page.getByRole('banner').getByRole('heading', { name: 'Brieflink' }).click();
  await expect(menu).toBeHidden();
  await body.getByText('The goverment will decide.').click();
  await page.keyboard.press('End');
  for (let i = 0; i < ' will decide.'.length + 3; i++) await page.keyboard.press('ArrowLeft');

  // The menu key opens it too; Enter on the first suggestion replaces the word.
  await page.keyboard.press('ContextMenu');
  await expect(menu.getByRole('menuitem').first()).toHaveText('government', { timeout: 15_000 });
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(body.locator('h2:has-text("Background") + p')).toHaveText('The government will decide.');
  await expect.poll(() => misspelt(page), { timeout: 10_000 }).toEqual([]);

  await page.keyboard.press('Control+z');
  await expect(body.locator('h2:has-text("Background") + p')).toHaveText('The goverment will decide.');
  await expect.poll(() => misspelt(page), { timeout: 10_000 }).toEqual(['goverment']);
  expect(outside).toEqual([]);
});

test('"Add to dictionary" keeps a word across a reload, in the workspace; snippet text is never marked', async ({ page, host }) => {
  const outside = watchRequests(page);
  await page.goto(host.url);
  await newDecisionNote(page);
  await page.getByLabel('Subject', { exact: true }).fill('Words of our own');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.type('Ask Zorblatt and the goverment. ');
  await expect.poll(() => misspelt(page), { timeout: 20_000 }).toEqual(['Zorblatt', 'goverment']);

  // A right-click on the word opens its menu.
  await body.getByText(/Ask Zorblatt/).click({ button: 'right', position: { x: 40, y: 8 } });
  const menu = page.getByRole('menu', { name: /Zorblatt/ });
  await menu.getByRole('menuitem', { name: 'Add to dictionary' }).click();
  await expect.poll(() => misspelt(page), { timeout: 10_000 }).toEqual(['goverment']);
  expect(fs.readFileSync(path.join(host.dataDir, 'personal-dictionary.txt'), 'utf8')).toBe('Zorblatt\n');

  // A linked snippet's words, the source's, are not checked.
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.press('End');
  await page.keyboard.type('[[deepfake');
  await page.getByRole('listbox', { name: 'Insert from library' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await expect(body.locator('.snippet')).toHaveCount(1);
  await page.keyboard.type(' Another mispeled word.');
  await expect.poll(() => misspelt(page), { timeout: 20_000 }).toContain('mispeled');
  expect(await markedInSnippet(page)).toBe(0);

  // After a reload the word is still known (the note was saved with it).
  await expect(page.getByText('All changes saved')).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Words of our own/ }).click();
  await expect(page.getByRole('textbox', { name: 'Note body' })).toContainText('Zorblatt', { timeout: 15_000 });
  await expect.poll(() => misspelt(page), { timeout: 20_000 }).toEqual(['goverment', 'mispeled']);
  expect(outside).toEqual([]);
});

test('a passage marked French is checked with the French dictionary, and its words get French suggestions', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newDecisionNote(page);
  const passage = 'Loi sur la protection des renseignemens personnels';
  await page.keyboard.type(`Its French title is ${passage}, now revized.`);
  // In English, the French words are misspelt too.
  await expect.poll(() => misspelt(page), { timeout: 20_000 }).toEqual(expect.arrayContaining(['renseignemens', 'personnels', 'revized']));

  for (let i = 0; i < ', now revized.'.length; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < passage.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('combobox', { name: 'Mark passage language' }).selectOption('fr-CA');
  await expect(body.locator('span[lang="fr-CA"]')).toHaveText(passage);
  // Each word by its own dictionary: the French misspelling and the English one, nothing else.
  await expect.poll(() => misspelt(page), { timeout: 20_000 }).toEqual(['renseignemens', 'revized']);

  await body.locator('span[lang="fr-CA"]').click();
  await page.keyboard.press('End');
  for (let i = 0; i < ', now revized.'.length + ' personnels'.length + 3; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: /renseignemens/ });
  await expect(menu.getByRole('menuitem').first()).toHaveText('renseignements', { timeout: 15_000 });
});
