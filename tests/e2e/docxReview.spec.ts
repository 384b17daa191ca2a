import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/hostFixture';
import { noteAction } from '../support/noteActions';
import { editorState, headingNode, paragraphNode, textNode } from '../../common/editorState';
import { makeNote, noteFiles } from '../support/noteFiles';
import { addReviewerComment, editDocx, trackedBy, wordMovedParagraph, wordParagraph } from '../support/reviewerEdits';
import { zipEntries } from '../support/zipEntries';

const COMMENT = 'Which forty towns? Name them in an annex.';
const REVIEWER_COMMENT = 'Which budget line pays for the second round?';

async function writeUnder(page: Page, heading: string, text: string) {
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2', { hasText: heading }).locator('xpath=following-sibling::*[1]').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
}

/** Export DOCX, past the warning about empty parts or open comments when there is one. */
/** "Import review from DOCX…" and the file chosen in the chooser it opens. */
async function importReview(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await (await noteAction(page, 'Import review from DOCX…')).click();
  await (await chooser).setFiles(file);
}

async function exportDocx(page: Page): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await (await noteAction(page, 'Export DOCX')).click();
  const anyway = page.getByRole('alertdialog').getByRole('button', { name: 'Export anyway' });
  await Promise.race([download, anyway.click().catch(() => undefined)]);
  return fs.readFileSync(await (await download).path());
}

test('a comment goes out in the DOCX, and a reviewer’s Word comment on it comes back into the note on the same text', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note', exact: true }).click();
  await page.getByLabel('Subject', { exact: true }).fill('Rural broadband funding');
  await writeUnder(page, 'Summary', 'The grant covers forty towns this year.');

  // Comment on "forty towns".
  await page.keyboard.press('End');
  for (let i = 0; i < ' this year.'.length; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  // The editor reads the selection when the browser reports it changed: comment once it has.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim() ?? '')).toBe('forty towns');
  await page.keyboard.press('Control+Alt+M');
  const who = page.getByRole('dialog', { name: 'Who are you?' });
  await who.getByLabel('Your name').fill('Ada Analyst');
  await who.getByRole('button', { name: 'Save and continue' }).click();
  const box = page.getByRole('dialog', { name: 'Comment' });
  await box.getByLabel('Comment text').fill(COMMENT);
  await box.getByRole('button', { name: 'Post comment' }).click();
  await expect(box).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Note body' }).locator('mark')).toHaveText('forty towns');
  await writeUnder(page, 'Recommendation', 'That you approve the second round.');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // The DOCX carries the comment as a Word comment by its author, on its text.
  const exported = await exportDocx(page);
  const parts = zipEntries(exported);
  const comments = parts.get('word/comments.xml')!.toString('utf8');
  expect(comments).toMatch(/<w:comment w:id="0" w:initials="AA" w:author="Ada Analyst" w:date="[^"]+">/);
  expect(comments).toContain(COMMENT);
  expect(parts.get('word/document.xml')!.toString('utf8')).toMatch(/<w:commentRangeStart w:id="0"\/>.*forty towns.*<w:commentRangeEnd w:id="0"\/>/);

  // A reviewer comments on another paragraph in Word and, with Track Changes on, replaces
  // "this year" with "in 2027"; the document comes back.
  const reviewed = testInfo.outputPath('reviewed.docx');
  const tracked = editDocx(addReviewerComment(exported, { onText: 'second round', author: 'R. Reviewer', initials: 'RR', text: REVIEWER_COMMENT }), {
    'word/document.xml': (xml) =>
      xml.replace(
        '> this year.</w:t></w:r>',
        '> </w:t></w:r><w:del w:id="70" w:author="R. Reviewer" w:date="2026-04-01T08:00:00Z"><w:r><w:delText>this year</w:delText></w:r></w:del><w:ins w:id="71" w:author="R. Reviewer" w:date="2026-04-01T08:00:00Z"><w:r><w:t>in 2027</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r>',
      ),
  });
  fs.writeFileSync(reviewed, tracked);
  await importReview(page, reviewed);
  await expect(page.getByRole('status').filter({ hasText: 'reviewed.docx' })).toHaveText(
    "Imported 1 comment from “reviewed.docx”. 1 comment was already in the note. 2 tracked changes were added as suggestions under their authors' names, to accept or reject in the Review panel.",
  );

  const review = page.getByRole('region', { name: 'Review' });
  const theirs = review.getByRole('listitem', { name: 'Comment by R. Reviewer' });
  await expect(theirs).toContainText('On “second round”');
  await expect(theirs).toContainText(REVIEWER_COMMENT);
  await expect(review.getByRole('listitem', { name: 'Comment by Ada Analyst' })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Note body' }).locator('mark')).toHaveText(['forty towns', 'second round']);
  // Choosing the reviewer's thread selects its text.
  await theirs.getByRole('button', { name: 'On “second round”' }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('second round');

  // Their tracked changes are suggestions under their name, decided here.
  const summary = page.getByRole('textbox', { name: 'Note body' }).locator('h2:has-text("Summary") + p');
  await expect(summary.locator('del')).toHaveText('this year');
  await expect(summary.locator('ins')).toHaveText('in 2027');
  await expect(review.getByRole('listitem', { name: 'Deletion by R. Reviewer' })).toContainText('Delete “this year”');
  await review.getByRole('button', { name: 'Accept all' }).click();
  await expect(summary).toHaveText('The grant covers forty towns in 2027.');
});

test.describe('a DOCX edited in Word without Track Changes', () => {
  test.use({ workspaceFiles: noteFiles({ id: 'diverged-note', subject: 'Port security', text: 'Inspections rise to twelve a week.' }) });

  test('brings a changed word back as a suggestion, with the comment on it', async ({ page, host }, testInfo) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Port security/ }).click();
    const body = page.getByRole('textbox', { name: 'Note body' });
    await expect(body).toContainText('Inspections rise to twelve a week.');

    const exported = await exportDocx(page);
    const edited = editDocx(exported, { 'word/document.xml': (xml) => xml.replace('twelve a week', 'ten a week') });
    const changed = addReviewerComment(edited, { onText: 'ten a week', author: 'R. Reviewer', initials: 'RR', text: 'Check the figure.' });
    const file = testInfo.outputPath('changed.docx');
    fs.writeFileSync(file, changed);
    await importReview(page, file);

    await expect(page.getByRole('status').filter({ hasText: 'changed.docx' })).toContainText('2 edits made without Track Changes were added as suggestions by “Edited in Word, untracked”');
    await expect(body.locator('del')).toHaveText('twelve');
    await expect(body.locator('ins')).toHaveText('ten');
    // The comment is on the words it was on in Word (its mark in two parts: one is in the deletion).
    await expect(body.locator('mark')).toHaveText(['twelve', ' a week']);
    await page.getByRole('region', { name: 'Review' }).getByRole('button', { name: 'Reject all' }).click();
    await expect(body).toContainText('Inspections rise to twelve a week.');
  });

  test('is refused with a message naming the paragraph when the text was rewritten, and the note is unchanged', async ({ page, host }, testInfo) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Port security/ }).click();
    const body = page.getByRole('textbox', { name: 'Note body' });
    await expect(body).toContainText('Inspections rise to twelve a week.');

    const exported = await exportDocx(page);
    const edited = editDocx(exported, { 'word/document.xml': (xml) => xml.replace('Inspections rise to twelve a week.', 'Customs will now check every container.') });
    const changed = addReviewerComment(edited, { onText: 'every container', author: 'R. Reviewer', initials: 'RR', text: 'Check the figure.' });
    const file = testInfo.outputPath('rewritten.docx');
    fs.writeFileSync(file, changed);
    await importReview(page, file);

    await expect(page.getByRole('alert')).toContainText(
      'Review not imported: rewritten.docx: its text no longer matches this note from the paragraph “Inspections rise to twelve a week.”: the document has “Customs will now check every container.” there.',
    );
    await expect(body).toContainText('Inspections rise to twelve a week.');
    await expect(body.locator('mark, ins, del')).toHaveCount(0);
    const saved = JSON.parse(fs.readFileSync(path.join(host.dataDir, 'notes', 'diverged-note.note.json'), 'utf8')) as { comments?: unknown[] };
    expect(saved.comments ?? []).toEqual([]);
  });
});

test.describe('a DOCX with a paragraph moved and one restyled in Word with Track Changes', () => {
  const paragraphs = ['Costs are shared.', 'The grant covers forty towns.', 'Timing'];
  const note = makeNote({ id: 'moved-note', subject: 'Grid upgrades' });
  const body = editorState([headingNode('h2', 'Summary'), ...paragraphs.map((text) => paragraphNode([textNode(text)])), headingNode('h2', 'Recommendation'), paragraphNode([textNode('Approve it.')])]);
  test.use({ workspaceFiles: { 'notes/moved-note.note.json': JSON.stringify({ ...note, body }) } });

  test('brings them back as a suggested move and a suggested type change under the reviewer’s name, to accept', async ({ page, host }, testInfo) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Grid upgrades/ }).click();
    const editor = page.getByRole('textbox', { name: 'Note body' });
    await expect(editor).toContainText('Costs are shared.');

    const paragraph = wordParagraph;
    const exported = await exportDocx(page);
    const edited = editDocx(exported, {
      'word/document.xml': (xml) =>
        xml
          // As Word writes a moved paragraph: its mark and its text in move-from where it was, in move-to where it went.
          .replace(paragraph('Costs are shared.'), wordMovedParagraph('from', 'Costs are shared.', 1))
          .replace(paragraph('The grant covers forty towns.'), `${paragraph('The grant covers forty towns.')}${wordMovedParagraph('to', 'Costs are shared.', 3)}`)
          // "Timing" made a Heading 3, its style before kept in the change.
          .replace(paragraph('Timing'), `<w:p><w:pPr><w:pStyle w:val="Heading3"/><w:pPrChange ${trackedBy(5)}><w:pPr/></w:pPrChange></w:pPr><w:r><w:t xml:space="preserve">Timing</w:t></w:r></w:p>`),
    });
    const file = testInfo.outputPath('moved.docx');
    fs.writeFileSync(file, edited);
    await importReview(page, file);

    await expect(page.getByRole('status').filter({ hasText: 'moved.docx' })).toContainText("2 tracked changes were added as suggestions under their authors' names");
    const review = page.getByRole('region', { name: 'Review' });
    await expect(review.getByRole('listitem', { name: 'Move by Wen Word' })).toContainText('Moved “Costs are shared.');
    await expect(review.getByRole('listitem', { name: 'Style change by Wen Word' })).toContainText('Subheading, was paragraph “Timing');
    await expect(editor.locator('p[data-suggested-move="to"]')).toHaveText('Costs are shared.');

    await review.getByRole('button', { name: 'Accept all' }).click();
    await expect(editor.locator('p')).toHaveText(['The grant covers forty towns.', 'Costs are shared.', 'Approve it.']);
    await expect(editor.getByRole('heading', { name: 'Timing', level: 3 })).toBeVisible();
  });
});
