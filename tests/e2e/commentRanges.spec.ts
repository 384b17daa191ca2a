import type { Page } from '@playwright/test';
import { expect, test } from '../support/hostFixture';

// Comments whose ranges overlap or nest, and a comment on a linked snippet (issue 22, bad input and limits).

const SENTENCE = 'Alpha beta gamma delta epsilon zeta.';

async function newNoteWith(page: Page, subject: string, text: string) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note', exact: true }).click();
  await page.getByLabel('Subject', { exact: true }).fill(subject);
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2', { hasText: 'Summary' }).locator('xpath=following-sibling::*[1]').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
  return body;
}

/** Selects the first occurrence of `words` in the note body, across the text nodes that marks split it into. */
async function select(page: Page, words: string) {
  await page.getByRole('textbox', { name: 'Note body' }).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      all += (node as Text).data;
    }
    const start = all.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in the note`);
    const at = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset past the text');
    };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(start + wanted.length));
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, words);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(words);
}

async function comment(page: Page, words: string, text: string) {
  await select(page, words);
  await page.keyboard.press('Control+Alt+M');
  const who = page.getByRole('dialog', { name: 'Who are you?' });
  const box = page.getByRole('dialog', { name: 'Comment' });
  await expect(who.or(box)).toBeVisible();
  if (await who.isVisible()) {
    await who.getByLabel('Your name').fill('Ada Analyst');
    await who.getByRole('button', { name: 'Save and continue' }).click();
  }
  await box.getByLabel('Comment text').fill(text);
  await box.getByRole('button', { name: 'Post comment' }).click();
  await expect(box).toBeHidden();
}

const threadOn = (page: Page, words: string) =>
  page.getByRole('region', { name: 'Review' }).getByRole('listitem').filter({ has: page.getByRole('button', { name: `On “${words}”` }) });

test('overlapping and nested comments each keep their own text, through edits and a reload', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newNoteWith(page, 'Overlapping comments', SENTENCE);
  await comment(page, 'beta gamma delta', 'First: the middle three.');
  await comment(page, 'delta epsilon', 'Second: overlaps the first at delta.');
  await comment(page, 'gamma', 'Third: inside the first.');

  for (const [words, text] of [
    ['beta gamma delta', 'First'],
    ['delta epsilon', 'Second'],
    ['gamma', 'Third'],
  ] as const) {
    await expect(threadOn(page, words)).toContainText(text);
  }
  // The text itself is untouched by the marks.
  await expect(body.locator('h2:has-text("Summary") + *')).toHaveText(SENTENCE);

  // Each thread selects exactly its own words, overlaps notwithstanding.
  await threadOn(page, 'delta epsilon').getByRole('button', { name: 'On “delta epsilon”' }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('delta epsilon');
  await threadOn(page, 'gamma').getByRole('button', { name: 'On “gamma”' }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('gamma');

  // Typing inside the shared word grows both ranges that hold it, and the Review panel quotes the new text.
  await select(page, 'delta');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('X');
  await expect(threadOn(page, 'beta gamma deltXa')).toContainText('First');
  await expect(threadOn(page, 'deltXa epsilon')).toContainText('Second');

  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Overlapping comments/ }).click();
  await expect(page.getByRole('region', { name: 'Review' }).getByRole('listitem')).toHaveCount(3);
  await expect(threadOn(page, 'gamma')).toContainText('Third');
});

test('a comment on a linked snippet leaves the snippet linked and unedited', async ({ page, host }) => {
  await page.goto(host.url);
  const body = await newNoteWith(page, 'Comment on a snippet', 'Background: ');
  await page.keyboard.type('[[deepfake');
  await expect(page.getByRole('listbox', { name: 'Insert from library' })).toBeVisible();
  await page.keyboard.press('Enter');
  const snippet = body.locator('.snippet');
  await expect(snippet).toHaveCount(1);
  const words = ((await snippet.innerText()).match(/\p{L}+ \p{L}+ \p{L}+/u) ?? [''])[0];
  expect(words).not.toBe('');

  await comment(page, words, 'Is this still the latest figure?');
  await expect(threadOn(page, words)).toContainText('latest figure');
  // Still one linked snippet, not counted as edited.
  await expect(snippet).toHaveCount(1);
  await snippet.click();
  const bar = page.getByRole('region', { name: 'Linked snippet' });
  await expect(bar).toBeVisible();
  await expect(bar).not.toContainText('edited since inserted');
});
