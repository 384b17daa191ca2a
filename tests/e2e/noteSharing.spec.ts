import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { editorState, paragraphNode, textNode } from '../../common/editorState';
import type { SharedNote } from '../../common/noteShare';
import { DEFAULT_DEVELOPMENTS } from '../../electron/services/library/defaultDevelopments';
import { expect, test } from '../support/hostFixture';
import { makeNote } from '../support/noteFiles';
import { snippetNode } from '../support/snippetNodes';
import { seriousViolations } from '../support/axe';
import { noteAction } from '../support/noteActions';

const INDIA = DEFAULT_DEVELOPMENTS.find((d) => d.id === 'india-deepfake-two-hour-takedown-rule')!;
const MY_SUMMARY = 'My reading: India gives platforms two hours to remove a reported deepfake.';
const THEIR_SUMMARY = 'Their reading: India gives platforms three hours to remove a reported deepfake.';

/** A note quoting the India entry's summary, as inserted from this library at revision 1. */
const NOTE = (() => {
  const note = makeNote({ id: 'deepfake-brief', subject: 'Deepfake takedown brief' });
  note.body = editorState([
    paragraphNode([
      textNode('In short: '),
      snippetNode({ id: 'india-summary', developmentId: INDIA.id, text: INDIA.summary, title: INDIA.title, publisher: INDIA.publisher, publishedDate: INDIA.publishedDate, url: null }),
    ]),
  ]);
  return JSON.stringify(note);
})();

async function importShared(page: Page, name: string, content: string) {
  await page.getByRole('navigation', { name: 'Notes' }).getByLabel('Import a shared note').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

async function librarySummary(page: Page, title: RegExp, nth = 0) {
  const library = page.getByRole('complementary', { name: 'Library' });
  await library.getByLabel('Search library').fill('deepfake');
  await library.getByRole('list', { name: 'Library results' }).getByRole('button', { name: title }).nth(nth).click();
  return library;
}

test.describe('sharing a note with its sources', () => {
  test.use({ workspaceFiles: { 'notes/deepfake-brief.note.json': NOTE } });

  test('a shared note whose source collides with a different local entry shows both and overwrites nothing', async ({ page, host }) => {
    await page.goto(host.url);
    const notes = page.getByRole('navigation', { name: 'Notes' });
    await notes.getByRole('button', { name: /^Deepfake takedown brief/ }).click();
    const downloading = page.waitForEvent('download');
    await (await noteAction(page, 'Share note')).focus();
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('deepfake-takedown-brief.brieflink-note.json');
    await expect(page.getByRole('status').filter({ hasText: 'Shared “Deepfake takedown brief” with 1 library source' })).toBeVisible();
    const shared = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as SharedNote;
    expect(shared.sources.map((s) => [s.development.id, s.development.revision])).toEqual([[INDIA.id, 1]]);

    // Here, the library entry is edited (revision 2)...
    const library = await librarySummary(page, new RegExp(INDIA.title));
    await library.getByRole('button', { name: 'Edit' }).click();
    const form = library.getByRole('form', { name: 'Save changes' });
    await form.getByLabel('Summary', { exact: true }).fill(MY_SUMMARY);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(library.getByText('(revision 2)')).toBeVisible();

    // ...so the note as shared is an earlier revision of the same history: nothing to settle.
    // It is this very note, so it is merged into it, which it adds nothing to: no second copy.
    await importShared(page, 'as-sent.brieflink-note.json', JSON.stringify(shared));
    const merged = page.getByRole('dialog', { name: 'Shared note merged' });
    await expect(merged).toContainText('“Deepfake takedown brief” is already in your notes, so this copy was merged into it. It adds nothing the note does not have');
    await expect(merged.getByRole('list', { name: 'Sources of the shared note' })).toContainText('your library has a later revision (2) of it');
    await merged.getByRole('button', { name: 'Close' }).click();
    await expect(notes.getByRole('button', { name: /^Deepfake takedown brief/ })).toHaveCount(1);

    // A colleague edited their copy of the same entry their own way, and sends their own note with it.
    const theirs = structuredClone(shared);
    theirs.note.id = 'colleague-brief';
    theirs.sources[0].development = { ...theirs.sources[0].development, summary: THEIR_SUMMARY, revision: 2 };
    await importShared(page, 'colleague.brieflink-note.json', JSON.stringify(theirs));
    const summary = page.getByRole('dialog', { name: 'Shared note imported' });
    await expect(summary.getByRole('alert')).toContainText('1 source differs from your library entry with the same id. Nothing was overwritten.');
    await expect(summary.getByRole('list', { name: 'Sources of the shared note' })).toContainText(`differs from your library entry “${INDIA.title}” (revision 2)`);
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
    await summary.getByRole('button', { name: 'Open the note' }).click();
    const body = page.getByRole('textbox', { name: 'Note body' });
    const snippet = body.locator('.snippet');
    await expect(snippet).toHaveAttribute('data-state', 'differs');

    // The note keeps its version of the source in its own file: it survives a restart.
    await host.restart();
    await page.reload();
    await notes.getByRole('button', { name: /^Deepfake takedown brief/ }).first().click();
    await expect(snippet).toHaveAttribute('data-state', 'differs');
    await expect(snippet).toContainText(INDIA.summary);
    await snippet.click();
    const bar = page.getByRole('region', { name: 'Linked snippet' });
    await expect(bar).toContainText('This note’s source differs from your library entry with the same id');
    await bar.getByRole('button', { name: 'Compare with library' }).click();
    const compare = page.getByRole('dialog', { name: 'This note’s source differs from your library' });
    await expect(compare.getByRole('region', { name: 'Quoted part in your library' })).toContainText(MY_SUMMARY);
    await expect(compare.getByRole('region', { name: 'Quoted part in this note’s source' })).toContainText(THEIR_SUMMARY);
    await expect(compare.locator('ins')).toContainText(['three']);
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);

    await compare.getByRole('button', { name: 'Keep both' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Added this note’s version of the source to your library' })).toBeVisible();
    await expect(snippet).toHaveAttribute('data-state', 'current');
    await expect(snippet).toContainText(INDIA.summary);

    // Both entries are in the library; mine is as I left it.
    const results = page.getByRole('complementary', { name: 'Library' }).getByRole('list', { name: 'Library results' });
    await page.getByRole('complementary', { name: 'Library' }).getByLabel('Search library').fill('deepfake');
    await expect(results.getByRole('button', { name: new RegExp(INDIA.title) })).toHaveCount(2);
    await page.getByRole('complementary', { name: 'Library' }).getByLabel('Search library').fill('reading');
    await expect(results).toContainText('My reading');
    await expect(results).toContainText('Their reading');
  });

  test('a source missing here is offered from the import summary and added to the library', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Deepfake takedown brief/ }).click();
    const downloading = page.waitForEvent('download');
    await (await noteAction(page, 'Share note')).click();
    const shared = JSON.parse(fs.readFileSync(await (await downloading).path(), 'utf8')) as SharedNote;
    // As a colleague whose library holds this entry under another id would send a note of theirs.
    const text = JSON.stringify({ ...shared, note: { ...shared.note, id: 'colleague-brief' } }).replaceAll(INDIA.id, 'their-india-entry').replaceAll(INDIA.title, 'Their India entry');
    await importShared(page, 'colleague.brieflink-note.json', text);
    const summary = page.getByRole('dialog', { name: 'Shared note imported' });
    await expect(summary.getByRole('list', { name: 'Sources of the shared note' })).toContainText('Their India entry: not in your library.');
    await summary.getByRole('button', { name: 'Add “Their India entry” to my library' }).click();
    await expect(summary.getByRole('list', { name: 'Sources of the shared note' })).toContainText('Their India entry: added to your library.');
    await summary.getByRole('button', { name: 'Open the note' }).click();
    await expect(page.getByRole('textbox', { name: 'Note body' }).locator('.snippet')).toHaveAttribute('data-state', 'current');
    await page.getByRole('complementary', { name: 'Library' }).getByLabel('Search library').fill('Their India entry');
    await expect(page.getByRole('list', { name: 'Library results' }).getByRole('button', { name: /Their India entry/ })).toBeVisible();
  });

  test('a reviewer’s copy of the open note is merged into it: their comment and suggestion appear, nothing typed here is lost', async ({ page, host }) => {
    await page.goto(host.url);
    const notes = page.getByRole('navigation', { name: 'Notes' });
    await notes.getByRole('button', { name: /^Deepfake takedown brief/ }).click();
    const downloading = page.waitForEvent('download');
    await (await noteAction(page, 'Share note')).click();
    const shared = JSON.parse(fs.readFileSync(await (await downloading).path(), 'utf8')) as SharedNote;

    // The reviewer's Brieflink saved their comment on "short" and their suggestion "very " in their copy.
    const reviewer = { name: 'Rae Reviewer', initials: 'RR', office: 'Legal Services' };
    const at = '2026-03-02T09:00:00.000Z';
    const paragraph = shared.note.body.root.children[0]!;
    paragraph.children = [
      textNode('In '),
      { type: 'suggestion', version: 1, suggestionId: 'reviewer-insertion', kind: 'insert', author: reviewer, createdAt: at, children: [textNode('very ')], direction: null, format: '', indent: 0 },
      { type: 'mark', version: 1, ids: ['reviewer-thread'], children: [textNode('short')], direction: null, format: '', indent: 0 },
      textNode(': '),
      paragraph.children!.at(-1)!,
    ];
    shared.note.comments = [{ id: 'reviewer-thread', author: reviewer, createdAt: at, text: 'Say how short.', resolved: false, replies: [] }];

    // Meanwhile the author is still at work on the note, and imports the copy before the change is saved.
    const subject = page.getByLabel('Subject', { exact: true });
    await subject.fill('Deepfake takedown brief, second draft');
    await importShared(page, 'from-legal.brieflink-note.json', JSON.stringify(shared));
    const merged = page.getByRole('dialog', { name: 'Shared note merged' });
    await expect(merged).toContainText('Imported 1 comment from “from-legal.brieflink-note.json”.');
    await expect(merged).toContainText('1 suggestion was added under their authors');
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
    await merged.getByRole('button', { name: 'Close' }).click();

    const body = page.getByRole('textbox', { name: 'Note body' });
    await expect(body.locator('ins')).toHaveText('very ');
    await expect(body.locator('mark')).toHaveText('short');
    await expect(subject).toHaveValue('Deepfake takedown brief, second draft');
    const review = page.getByRole('region', { name: 'Review' });
    await expect(review.getByRole('listitem', { name: 'Comment by Rae Reviewer' })).toContainText('Say how short.');
    await expect(review.getByRole('listitem', { name: 'Insertion by Rae Reviewer' })).toContainText('Insert “very ”');
    // The note goes on saving as usual after the merge.
    await review.getByRole('group', { name: 'Actions on the insertion by rae reviewer' }).getByRole('button', { name: 'Accept' }).click();
    await expect(body).toContainText('In very short: ');
    await expect(page.getByText('All changes saved')).toBeVisible();
    await expect(notes.getByRole('button', { name: /^Deepfake takedown brief/ })).toHaveCount(1);
  });

  test('a damaged file and one from a newer version are refused with their own messages, and no note is added', async ({ page, host }) => {
    await page.goto(host.url);
    const notes = page.getByRole('navigation', { name: 'Notes' });
    const list = notes.getByRole('list', { name: 'Your notes' });
    await expect(list.getByRole('listitem')).toHaveCount(1);

    await importShared(page, 'broken.brieflink-note.json', '{"format":"brieflink-shared-note","version":1,"note":{"form');
    await expect(notes.getByRole('alert')).toHaveText('broken.brieflink-note.json: this shared note is damaged (it is not valid JSON). Nothing was imported.');

    const future = { format: 'brieflink-shared-note', version: 4, exportedAt: '2031-01-01T00:00:00.000Z', note: JSON.parse(NOTE), sources: [], layers: {} };
    await importShared(page, 'future.brieflink-note.json', JSON.stringify(future));
    await expect(notes.getByRole('alert')).toContainText(
      'future.brieflink-note.json: this shared note was made by a newer version of Brieflink (shared note format 4; this version reads up to 1). Update Brieflink to import it.',
    );
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('dialog', { name: 'Shared note imported' })).toBeHidden();
  });
});
