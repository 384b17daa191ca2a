import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { readPdf } from '../support/pdfText';
import { expect, test } from '../support/hostFixture';

async function newNote(page: Page, template: string) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: template, exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Note body' })).toBeVisible();
}

async function exportPdf(page: Page) {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Some required parts are empty' });
  const anyway = warning.getByRole('button', { name: 'Export anyway' });
  await Promise.race([downloadPromise, anyway.click().catch(() => undefined)]);
  const download = await downloadPromise;
  return readPdf(new Uint8Array(fs.readFileSync(await download.path())));
}

test('formatting, tables, links, page breaks and find and replace work from the keyboard', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Decision note');
  await page.getByLabel('Subject', { exact: true }).fill('Keyboard editing');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();

  await page.keyboard.type('Plain ');
  await page.keyboard.press('Control+Shift+X');
  await page.keyboard.type('struck');
  await page.keyboard.press('Control+Shift+X');
  await page.keyboard.type(' and the Commerce Department.');
  await expect(body.locator('.ed-strike', { hasText: 'struck' })).toBeVisible();

  // A link on the last words, selected with the keyboard, through Ctrl+K.
  for (let i = 0; i < 'and the Commerce Department.'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+k');
  const linkDialog = page.getByRole('dialog', { name: 'Link' });
  await linkDialog.getByLabel('Link address').fill('javascript:alert(1)');
  await linkDialog.getByRole('button', { name: 'Apply' }).click();
  await expect(linkDialog.getByRole('alert')).toContainText('Enter a full web or mail address');
  await linkDialog.getByLabel('Link address').fill('https://www.commerce.gov/');
  await linkDialog.getByRole('button', { name: 'Apply' }).click();
  await expect(body.getByRole('link')).toHaveAttribute('href', 'https://www.commerce.gov/');
  // Back in the paragraph (clicked, so the caret's place does not depend on when focus returns).
  await expect(body).toBeFocused();
  await body.locator('h2:has-text("Background") + p').click();

  // The slash menu, driven by the keyboard, inserts a table; the table tools add a row.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/tab');
  await expect(page.getByRole('listbox', { name: 'Insert block' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(body.locator('table')).toBeVisible();
  await page.keyboard.type('Option');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Cost');
  const tableTools = page.getByRole('group', { name: 'Table' });
  await tableTools.getByRole('button', { name: 'Add row below' }).click();
  await expect(body.locator('table tr')).toHaveCount(4);
  // The table tools from the keyboard too (Tab moves between cells, so the toolbar is a long way off).
  await expect(tableTools.getByRole('button', { name: 'Add row above' })).toHaveAttribute('aria-keyshortcuts', 'Control+Alt+Shift+R');
  const columns = () => body.locator('table tr').first().locator('th, td');
  const columnsBefore = await columns().count();
  const cost = body.locator('table th, table td').filter({ hasText: 'Cost' });
  // The editor takes a click's caret from the selectionchange event that follows it, a task
  // later: a shortcut pressed at once would act where the caret was before.
  const clickInto = async (cell: Locator) => {
    await cell.click();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  };
  await page.keyboard.press('Control+Alt+R');
  await expect(body.locator('table tr')).toHaveCount(5);
  await clickInto(body.locator('table tr').nth(1).locator('th, td').first()); // into the new row
  await page.keyboard.press('Control+Alt+D');
  await expect(body.locator('table tr')).toHaveCount(4);
  await clickInto(cost);
  await page.keyboard.press('Control+Alt+C');
  await expect(columns()).toHaveCount(columnsBefore + 1);
  await clickInto(columns().nth(2)); // into the new column, right of "Cost"
  await page.keyboard.press('Control+Alt+Shift+D');
  await expect(columns()).toHaveCount(columnsBefore);
  await expect(body.locator('table')).toContainText('Option');
  await expect(cost).toHaveCount(1);
  const headerCells = await body.locator('table th').count();
  await page.keyboard.press('Control+Alt+Shift+H');
  await expect(body.locator('table th')).not.toHaveCount(headerCells);
  await page.keyboard.press('Control+Alt+Shift+H');
  await expect(body.locator('table th')).toHaveCount(headerCells);
  await expect(body.getByRole('separator')).toHaveCount(0);

  // A page break from Ctrl+Enter, after the table.
  await body.locator('h2:has-text("Considerations") + p').click();
  await page.keyboard.type('Licensing should be tiered. Licensing reviews take time.');
  await page.keyboard.press('Control+Enter');
  await expect(body.getByRole('separator', { name: 'Page break' })).toBeVisible();

  // Find and replace one match at a time: each replacement holds the query, and is not found again.
  await page.keyboard.press('Control+h');
  const find = page.getByRole('search', { name: 'Find and replace' });
  await find.getByLabel('Find').fill('licensing');
  await find.getByLabel('Replace with').fill('Export licensing');
  await find.getByRole('button', { name: 'Find next' }).click();
  await expect(find.getByRole('status')).toHaveText('Match 1 of 2');
  await find.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(find.getByRole('status')).toHaveText('Match 2 of 2');
  await find.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(find.getByRole('status')).toHaveText('Match 1 of 2');
  await expect(body).toContainText('Export licensing should be tiered. Export licensing reviews take time.');
  // And every occurrence at once.
  await find.getByLabel('Find').fill('REVIEWS');
  await find.getByLabel('Replace with').fill('checks');
  await find.getByRole('button', { name: 'Replace all' }).click();
  await expect(find.getByRole('status')).toHaveText('Replaced 1 match');
  await expect(body).toContainText('Export licensing should be tiered. Export licensing checks take time.');
  await find.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByText('All changes saved')).toBeVisible();
  const pdf = await exportPdf(page);
  const text = pdf.pages.join('\n');
  expect(text).toContain('struck');
  expect(text).toContain('Option');
  expect(text).toContain('Export licensing should be tiered');
  // The page break starts a new page after Considerations.
  expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
});

test('guidance shows in empty sections, never in the export, and counts follow the text', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Decision note');
  const body = page.getByRole('textbox', { name: 'Note body' });
  const summaryGuidance = 'Two or three sentences: what is being decided and what you recommend.';
  await expect(body.locator(`[data-guidance="${summaryGuidance}"]`)).toHaveCount(1);

  await body.locator('h2:has-text("Summary") + p').click();
  await page.keyboard.type('We recommend tiered licensing.');
  await expect(body.locator(`[data-guidance="${summaryGuidance}"]`)).toHaveCount(0);
  const counts = page.getByRole('list', { name: 'Words per section' });
  await expect(counts).toContainText('Summary 4 / 80 words');
  // Emptied again, the section shows its guidance again; written again, it hides it.
  for (let i = 0; i < 'We recommend tiered licensing.'.length; i++) await page.keyboard.press('Backspace');
  await expect(body.locator(`[data-guidance="${summaryGuidance}"]`)).toHaveCount(1);
  await page.keyboard.type('We recommend tiered licensing.');
  await expect(body.locator(`[data-guidance="${summaryGuidance}"]`)).toHaveCount(0);

  await body.locator('h2:has-text("Issue") + p').click();
  await page.keyboard.insertText('word '.repeat(61));
  await expect(counts.getByRole('listitem').filter({ hasText: 'Issue' })).toContainText('61 / 60 words — over the limit');

  const pdf = await exportPdf(page);
  const text = pdf.pages.join('\n');
  expect(text).toContain('We recommend tiered licensing.');
  expect(text).not.toContain('Only the facts needed to decide');
  expect(text).not.toContain(summaryGuidance);
});

test('a 10 MB paste of HTML neither freezes the window nor loses the note', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Information note');
  await page.getByLabel('Subject', { exact: true }).fill('Paste test');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Purpose") + p').click();
  await page.keyboard.type('Kept text.');
  await page.evaluate(() => {
    const row = '<tr><td onclick="alert(1)">cell</td><td><script>alert(2)</script>value</td></tr>';
    const html = `<table>${row.repeat(Math.ceil(10_000_000 / row.length))}</table>`;
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'cell value');
    document.getElementById('note-body')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('status').filter({ hasText: 'Pasted as plain text' })).toBeVisible();
  await expect(body).toContainText('Kept text.cell value');
  await expect(page.getByText('All changes saved')).toBeVisible();
  // The window still answers at once.
  await page.getByLabel('Subject', { exact: true }).fill('Paste test, still responsive');
  await expect(page.getByRole('heading', { name: 'Paste test, still responsive' })).toBeVisible();
});

test('a 50 MB paste of plain text is refused with a message, and the note and the window carry on', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Information note');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Purpose") + p').click();
  await page.keyboard.type('Kept text.');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'A line of a very long log.\n'.repeat(Math.ceil(50_000_000 / 27)));
    document.getElementById('note-body')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was pasted' })).toContainText('Paste it in smaller parts.');
  await expect(body).toContainText('Kept text.');
  await expect(body).not.toContainText('A line of a very long log.');
  await expect(page.getByText('All changes saved')).toBeVisible();
  // A plain-text paste a note can hold goes in, a paragraph a line.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'First pasted line\nSecond pasted line');
    document.getElementById('note-body')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body.locator('p', { hasText: 'Second pasted line' })).toHaveCount(1);
  await expect(page.getByText('All changes saved')).toBeVisible();
});

test('a paste from Word keeps headings, nested lists, tables and links, and drops scripts and handlers', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Information note');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();
  await page.evaluate(() => {
    const html = `<html><body><!--StartFragment-->
      <h3 class="MsoHeading3">Export controls</h3>
      <p class="MsoNormal" style="mso-line-height-alt:12pt"><b>Bold lead.</b> See <a href="https://www.bis.gov/">the Bureau</a> and <a href="javascript:alert(1)">this</a>.</p>
      <ul><li>First point<ul><li>Nested point</li></ul></li><li>Second point</li></ul>
      <table><tr><th>Option</th><th>Cost</th></tr><tr><td onclick="alert(3)">A</td><td>Low</td></tr></table>
      <script>window.__pasted = true;</script><img src="https://example.org/track.gif" onerror="window.__pasted = true">
      <!--EndFragment--></body></html>`;
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Export controls');
    document.getElementById('note-body')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body.getByRole('heading', { name: 'Export controls' })).toBeVisible();
  await expect(body.locator('strong, .ed-bold', { hasText: 'Bold lead.' })).toBeVisible();
  await expect(body.getByRole('link', { name: 'the Bureau' })).toHaveAttribute('href', 'https://www.bis.gov/');
  // The javascript: link keeps its words but not its address.
  expect(await body.locator('a[href^="javascript"]').count()).toBe(0);
  await expect(body.locator('ul ul li', { hasText: 'Nested point' })).toBeVisible();
  await expect(body.locator('table th', { hasText: 'Option' })).toBeVisible();
  await expect(body.locator('table td', { hasText: 'Low' })).toBeVisible();
  expect(await body.locator('[onclick], script, img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pasted?: boolean }).__pasted)).toBeUndefined();
  await expect(page.getByText('All changes saved')).toBeVisible();
});

test('Word\'s list paragraphs paste as lists, nested by level and numbered where Word numbered them', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Information note');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();
  await page.evaluate(() => {
    // As Word writes a list to the clipboard: paragraphs with "mso-list" styles, the bullet or
    // number typed out in a span Word marks to be skipped, inside conditional comments.
    const item = (list: number, level: number, marker: string, text: string) =>
      `<p class=MsoListParagraphCxSpMiddle style='margin-left:${36 * level}.0pt;text-indent:-18.0pt;mso-list:l${list} level${level} lfo${list + 1}'>` +
      `<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>` +
      `<span lang=EN-GB>${text}</span><o:p></o:p></p>`;
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=EN-GB><!--StartFragment-->
      <p class=MsoNormal>Options considered:<o:p></o:p></p>
      ${item(0, 1, '\u00b7', 'Licensing by threshold')}
      ${item(0, 2, 'o', 'Above 4,800 TOPS')}
      ${item(0, 2, 'o', 'Tools that make them')}
      ${item(0, 1, '\u00b7', 'A country list')}
      <p class=MsoNormal>Steps:<o:p></o:p></p>
      ${item(1, 1, '1.', 'Consult industry')}
      ${item(1, 1, '2.', 'Publish the rule')}
      <p class=MsoNormal>Then, after a pause:<o:p></o:p></p>
      ${item(1, 1, '3.', 'Review in a year')}
      <h2 style='mso-list:l2 level1 lfo3'><![if !supportLists]><span style='mso-list:Ignore'>4.<span>&nbsp;&nbsp; </span></span><![endif]>Numbered heading</h2>
      <!--EndFragment--></body></html>`;
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Options considered:');
    document.getElementById('note-body')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const bullets = body.locator('ul').filter({ hasText: 'Licensing by threshold' }).first();
  await expect(bullets.locator(':scope > li').first()).toHaveText('Licensing by threshold');
  await expect(bullets.locator(':scope > li').last()).toHaveText('A country list');
  await expect(bullets.locator('ul li')).toHaveText(['Above 4,800 TOPS', 'Tools that make them']);
  await expect(body.locator('ol li')).toHaveText(['Consult industry', 'Publish the rule', 'Review in a year']);
  // The list Word continued after other text keeps its number.
  await expect(body.locator('ol').last()).toHaveAttribute('start', '3');
  await expect(body.getByRole('heading', { name: 'Numbered heading', exact: true })).toBeVisible();
  await expect(body).not.toContainText('\u00b7');
  await expect(body.getByText('Steps:')).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();
});

test('the note body hides from React’s per-commit selection walk and stays editable, with the caret where the typing is', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Decision note');
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();
  // React measures the caret around every commit only in elements whose contentEditable property is "true".
  const editable = await body.evaluate((element) => {
    const root = element as HTMLElement;
    return [root.contentEditable, root.getAttribute('contenteditable'), root.isContentEditable];
  });
  expect(editable).toEqual(['inherit', 'true', true]);
  // Commits while typing (the save status comes and goes) leave the caret in place.
  await page.keyboard.type('First words');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.keyboard.type(' and more');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.keyboard.type('.');
  await expect(body.locator('h2:has-text("Background") + p')).toHaveText('First words and more.');
});

test('a key pressed before the browser has reported the caret’s move acts where the caret now is', async ({ page, host }) => {
  await page.goto(host.url);
  await newNote(page, 'Decision note');
  const body = page.getByRole('textbox', { name: 'Note body' });
  const background = body.locator('h2:has-text("Background") + p');
  await background.click();
  await page.keyboard.type('First line.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second line.');
  await expect(body.locator('h2:has-text("Background") + p + p')).toHaveText('Second line.');
  // Home and Enter within one task on a busy machine: the caret moves on screen, and Enter
  // comes before the selectionchange event that tells the editor.
  await body.locator('h2:has-text("Background") + p + p').evaluate((paragraph) => {
    const text = paragraph.querySelector('[data-lexical-text]')!.firstChild!;
    getSelection()!.collapse(text, 0);
    paragraph.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
  });
  await expect(body.locator('h2:has-text("Background") ~ p').nth(2)).toHaveText('Second line.');
  await expect(body.locator('h2:has-text("Background") + p')).toHaveText('First line.');
  await expect(body.locator('h2:has-text("Background") + p + p')).toHaveText('');
});
