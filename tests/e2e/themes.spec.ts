import type { Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/hostFixture';

const INDIA = 'India reported to require removal of reported deepfakes within two hours';

/** The window's own background, which tells the two themes apart (--panel). */
const PANEL = { light: 'rgb(243, 245, 248)', dark: 'rgb(21, 24, 28)' };

async function rootBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the main screens meet WCAG AA contrast in the ${colorScheme} theme`, async ({ page, host }) => {
    // Five axe runs on a shared machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.goto(host.url);
    await expect(page.getByRole('list', { name: 'Library results' }).getByRole('listitem').first()).toBeVisible();
    // The window follows the system's choice.
    expect(await rootBackground(page)).toBe(PANEL[colorScheme]);
    // The notes list and the library (axe's color-contrast rule is on, as by default).
    expect(await seriousViolations(page)).toEqual([]);

    // A development opened in the library, its search matches marked.
    const library = page.getByRole('complementary', { name: 'Library' });
    await library.getByLabel('Search library').fill('deepfake');
    const hit = library.getByRole('button', { name: new RegExp(INDIA) });
    await hit.click();
    await expect(hit).toHaveAttribute('aria-expanded', 'true');
    await expect(library.getByRole('heading', { name: 'Key points' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // A dialog.
    await page.getByRole('button', { name: 'New note' }).click();
    const chooser = page.getByRole('dialog', { name: 'Choose a template' });
    await expect(chooser).toBeVisible();
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);

    // A note, with the [[ menu open over it.
    await chooser.getByRole('button', { name: 'Decision note' }).click();
    const body = page.getByRole('textbox', { name: 'Note body' });
    await body.locator('h2:has-text("Background") + p').click();
    await page.keyboard.type('As reported, [[deepfake');
    const menu = page.getByRole('listbox', { name: 'Insert from library' });
    await expect(menu.getByRole('option', { name: new RegExp(INDIA) })).toBeVisible();
    // The menu in the page as it is: one listbox of options under the caret.
    expect(await seriousViolations(page)).toEqual([]);

    // The linked snippet it inserts, its chip and its bar, and the notes list with the note in it.
    await page.keyboard.press('Enter');
    const snippet = body.locator('.snippet').first();
    await expect(snippet).toHaveAttribute('data-chip', 'The Register, 2025');
    await snippet.click();
    await expect(page.getByRole('region', { name: 'Linked snippet' })).toContainText('Up to date with the library');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('in forced colours the focus ring, the open note and a linked snippet stay visible', async ({ page, host }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(host.url);
  const newNote = page.getByRole('button', { name: 'New note' });
  // Reached from the keyboard, as accessibility.spec does: the focus ring is the one keyboard users see.
  for (let stop = 0; stop < 5 && !(await newNote.evaluate((button) => button === document.activeElement)); stop++) {
    await page.keyboard.press('Tab');
  }
  await expect(newNote).toBeFocused();
  const ring = await newNote.evaluate((button) => {
    const style = getComputedStyle(button);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);

  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
  await page.getByLabel('Subject', { exact: true }).fill('High contrast');
  // The open note in the list: shown by a tint and a shadow elsewhere, which forced colours remove.
  const current = page.locator('.note-link[aria-current="page"]');
  await expect(current).toContainText('High contrast');
  expect(await current.evaluate((link) => getComputedStyle(link).outlineStyle)).not.toBe('none');

  // A linked snippet: its shading is gone, its chip keeps a frame.
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.type('[[deepfake');
  await expect(page.getByRole('listbox', { name: 'Insert from library' }).getByRole('option', { name: new RegExp(INDIA) })).toBeVisible();
  await page.keyboard.press('Enter');
  const chip = await body.locator('.snippet').first().evaluate((snippet) => getComputedStyle(snippet, '::after').borderTopStyle);
  expect(chip).toBe('solid');
});
