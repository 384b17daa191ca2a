import type { Page } from '@playwright/test';
import { editorState, headingNode, paragraphNode, textNode } from '../../common/editorState';
import { expect, test } from '../support/hostFixture';
import { seriousViolations } from '../support/axe';
import { makeNote } from '../support/noteFiles';

const PARAGRAPHS = Array.from({ length: 60 }, (_, index) => `Paragraph ${index + 1} of the long note on transit options for the region.`);

/** A note long enough to scroll, and a second one. */
function longNote() {
  const note = makeNote({ id: 'note-long', subject: 'Transit options' });
  return { ...note, body: editorState([headingNode('h2', 'Background'), ...PARAGRAPHS.map((text) => paragraphNode([textNode(text)]))]) };
}

const notesSeparator = (page: Page) => page.getByRole('separator', { name: 'Notes panel width' });
const workspaceScroll = (page: Page) => page.getByRole('main').evaluate((main) => main.scrollTop);

test.describe('the window reopens where the user was', () => {
  test.use({
    workspaceFiles: {
      'notes/note-long.note.json': JSON.stringify(longNote()),
      'notes/note-other.note.json': JSON.stringify(makeNote({ id: 'note-other', subject: 'Housing brief', text: 'Other.' })),
    },
  });

  test('after a reload: the same note, its caret and scroll position, and the panel width set with the keyboard', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('list', { name: 'Your notes' }).getByRole('button', { name: /^Transit options/ }).click();
    const body = page.getByRole('textbox', { name: 'Note body' });
    const third = body.getByText(PARAGRAPHS[2]);
    await third.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed.');
    await expect(body.getByText(`${PARAGRAPHS[2]} Typed.`)).toBeVisible();
    // The caret in the middle of the third paragraph: after "Paragraph 3".
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Paragraph 3'.length; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('main').evaluate((main) => main.scrollTo({ top: 700 }));
    await expect.poll(() => workspaceScroll(page)).toBe(700);

    // The notes panel made wider from the keyboard, three steps.
    const separator = notesSeparator(page);
    await expect(separator).toHaveAttribute('aria-valuenow', '256');
    await expect(separator).toHaveAttribute('aria-valuemin', '176');
    await expect(separator).toHaveAttribute('aria-valuemax', '480');
    await separator.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(separator).toHaveAttribute('aria-valuenow', '304');
    const navWidth = () => page.getByRole('navigation', { name: 'Notes' }).evaluate((nav) => nav.getBoundingClientRect().width);
    await expect.poll(navWidth).toBe(304);
    await expect(page.getByText('All changes saved')).toBeVisible();

    // Where the note is scrolled to as the window goes: the narrower note reflowed, and scroll anchoring kept its text in view.
    const scrolled = await workspaceScroll(page);
    expect(scrolled).toBeGreaterThan(400);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Transit options', level: 2 })).toBeVisible();
    await expect(body.getByText(`${PARAGRAPHS[2]} Typed.`)).toBeVisible();
    await expect(notesSeparator(page)).toHaveAttribute('aria-valuenow', '304');
    await expect.poll(navWidth).toBe(304);
    await expect.poll(async () => Math.abs((await workspaceScroll(page)) - scrolled) <= 2).toBe(true);
    await expect(body).toBeFocused();
    // Typing lands where the caret was.
    await page.keyboard.type('X');
    await expect(body.getByText(`Paragraph 3X of the long note`)).toBeVisible();
  });

  test('a saved note that was deleted, or a damaged saved place, leaves the window as it opens the first time', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByRole('list', { name: 'Your notes' }).getByRole('button')).not.toHaveCount(0);
    for (const saved of [
      JSON.stringify({ panelWidths: { notes: 99999, library: 'wide' }, openNote: { id: 'note-deleted', caret: { path: [3, 0], offset: 4 }, scrollTop: 900 } }),
      '{"openNote": {"id": ',
    ]) {
      await page.evaluate((value) => localStorage.setItem('brieflink.windowPlace', value), saved);
      await page.reload();
      await expect(page.getByRole('heading', { name: 'No note open' })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Your notes' }).getByRole('button', { name: /^Transit options/ })).toBeVisible();
      await expect(notesSeparator(page)).toHaveAttribute('aria-valuenow', '256');
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    // In a narrow window the panels give way, so the note keeps room to write in.
    await page.setViewportSize({ width: 900, height: 700 });
    await expect.poll(() => page.getByRole('main').evaluate((main) => main.getBoundingClientRect().width)).toBeGreaterThanOrEqual(400);
    await expect.poll(async () => Number(await notesSeparator(page).getAttribute('aria-valuenow'))).toBeLessThan(256);
    // The separators pass axe's checks for a focusable separator (a value, its range, a name).
    expect(await seriousViolations(page, '.panel-separator')).toEqual([]);
    // The window still works: a note opens, and is the one reopened next time.
    await page.getByRole('list', { name: 'Your notes' }).getByRole('button', { name: /^Housing brief/ }).click();
    await expect(page.getByRole('heading', { name: 'Housing brief', level: 2 })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Housing brief', level: 2 })).toBeVisible();
  });
});
