import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/hostFixture';
import { readPdf } from '../support/pdfText';
import { noteAction } from '../support/noteActions';

const PARAGRAPH =
  'Officials are weighing a tiered licensing regime that separates dual-use technology from consumer products, with a decision expected after the interagency review. ';

async function newNote(page: Page, template: string, subject: string) {
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: template, exact: true }).click();
  await page.getByLabel('Subject', { exact: true }).fill(subject);
}

/** The note's Status select (the library's own status filter is a different control). */
const statusOf = (page: Page) => page.getByRole('article').getByRole('combobox', { name: 'Status', exact: true });

async function openClearance(page: Page): Promise<Locator> {
  await (await noteAction(page, /^Clearance/)).click();
  return page.getByRole('dialog', { name: 'Clearance' });
}

interface EntryInput {
  office: string;
  name: string;
  step?: 'Prepared by' | 'Consulted' | 'Approved by';
  outcome?: 'Pending' | 'Cleared' | 'Cleared with comments' | 'Not cleared';
  date?: string;
  remark?: string;
}

/** Adds an entry from the keyboard: Enter on "Add clearance entry", then typing and Tab through its fields. */
async function addEntry(page: Page, dialog: Locator, number: number, input: EntryInput) {
  await dialog.getByRole('button', { name: 'Add clearance entry' }).focus();
  await page.keyboard.press('Enter');
  const entry = dialog.getByRole('group', { name: `Clearance entry ${number}`, exact: true });
  await expect(entry.getByLabel('Office or role')).toBeFocused();
  await page.keyboard.type(input.office);
  await page.keyboard.press('Tab');
  await expect(entry.getByLabel('Name')).toBeFocused();
  await page.keyboard.type(input.name);
  if (input.step) await entry.getByLabel('Step').selectOption({ label: input.step });
  if (input.outcome) await entry.getByLabel('Outcome').selectOption({ label: input.outcome });
  if (input.date) await entry.getByLabel('Date').fill(input.date);
  if (input.remark) await entry.getByLabel('Remark').fill(input.remark);
}

/** Text without white space: table cells and long lines wrap where the page width puts them. */
const squash = (text: string) => text.replace(/\s+/g, '');

async function writeUnder(page: Page, heading: string, text: string) {
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2', { hasText: heading }).locator('xpath=following-sibling::*[1]').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
}

/** The live page count once the newest save is counted, and the exported PDF's pages. */
async function countAndExport(page: Page): Promise<{ shown: number; pages: string[] }> {
  await expect(page.getByText('All changes saved')).toBeVisible();
  const length = page.getByRole('region', { name: 'Length' });
  await expect(length).toContainText(/\d+ pages? of \d+ allowed/);
  await expect(length).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  const shown = Number(/(\d+) pages?/.exec((await length.locator('p').first().textContent()) ?? '')![1]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  // The notes leave required details (To, From) empty, so the export always asks first.
  await page.getByRole('alertdialog').getByRole('button', { name: 'Export anyway' }).click();
  const { pages } = await readPdf(new Uint8Array(fs.readFileSync(await (await download).path())));
  return { shown, pages };
}

test('status and clearance are set from the note header, saved, shown in the notes list and filtered by', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await newNote(page, 'Decision note', 'Rural broadband funding');
  await expect(statusOf(page)).toHaveValue('draft');
  await statusOf(page).selectOption({ label: 'In review' });

  const dialog = await openClearance(page);
  await expect(dialog).toContainText('No clearance recorded yet.');
  await expect(dialog).toContainText('Printed as “Prepared by / Consulted / Approved by” at the end of the note.');
  await addEntry(page, dialog, 1, { office: 'Legal Services', name: 'Sam Ortiz', outcome: 'Cleared', date: '2026-03-02' });
  await addEntry(page, dialog, 2, { office: 'Communications', name: 'Ann Lee' });
  expect(await seriousViolations(page, 'dialog.clearance-dialog')).toEqual([]);
  // Removed from the keyboard: the caret goes back to "Add clearance entry".
  await dialog.getByRole('button', { name: 'Remove clearance entry 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Clearance entry 2 removed.');
  await expect(dialog.getByRole('button', { name: 'Add clearance entry' })).toBeFocused();
  await expect(dialog.getByRole('group')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus goes back to the menu's button; the item names the list's length.
  await expect(page.getByRole('button', { name: 'More actions' })).toBeFocused();
  await expect(await noteAction(page, 'Clearance (1)')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await newNote(page, 'Action memo (US)', 'Export licence decision');
  await statusOf(page).selectOption({ label: 'Approved' });
  await expect(page.getByText('All changes saved')).toBeVisible();

  const notes = page.getByRole('navigation', { name: 'Notes' });
  const list = notes.getByRole('list', { name: 'Your notes' });
  await expect(list.getByRole('button', { name: /Rural broadband funding.*In review/ })).toBeVisible();
  await expect(list.getByRole('button', { name: /Export licence decision.*Approved/ })).toBeVisible();

  const filter = notes.getByLabel('Status filter');
  await filter.selectOption({ label: 'In review' });
  await expect(list.locator('.note-link-title')).toHaveText(['Rural broadband funding']);
  await filter.selectOption({ label: 'Approved' });
  await expect(list.locator('.note-link-title')).toHaveText(['Export licence decision']);
  await filter.selectOption({ label: 'Sent' });
  await expect(notes.getByText('No notes at status “Sent”.')).toBeVisible();
  await filter.selectOption({ label: 'All statuses' });
  await expect(list.locator('.note-link-title')).toHaveCount(2);

  // After a reload, the note opens with what was saved.
  await page.reload();
  await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: /^Rural broadband funding/ }).click();
  await expect(statusOf(page)).toHaveValue('in-review');
  const reopened = await openClearance(page);
  const entry = reopened.getByRole('group', { name: 'Clearance entry 1', exact: true });
  await expect(entry.getByLabel('Office or role')).toHaveValue('Legal Services');
  await expect(entry.getByLabel('Name')).toHaveValue('Sam Ortiz');
  await expect(entry.getByLabel('Outcome')).toHaveValue('cleared');
  await expect(entry.getByLabel('Date')).toHaveValue('2026-03-02');
});

test('the US action memo prints its clearances on the last page, and the live page count matches the PDF', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await newNote(page, 'Action memo (US)', 'Tiered export licences');
  await writeUnder(page, 'Bottom line up front', 'Approve the tiered licensing regime.');
  await writeUnder(page, 'Recommendation', 'That you approve the tiered licensing regime.');
  // Long enough to run onto a second page.
  await writeUnder(page, 'Background', PARAGRAPH.repeat(18));
  const dialog = await openClearance(page);
  await addEntry(page, dialog, 1, { office: 'EB/TPP', name: 'Kim Park', step: 'Prepared by' });
  await addEntry(page, dialog, 2, { office: 'L/EB', name: 'Sam Ortiz', outcome: 'Cleared', date: '2026-03-02' });
  await addEntry(page, dialog, 3, { office: 'PA', name: 'Ann Lee', outcome: 'Cleared with comments', remark: 'Press lines to follow' });
  await page.keyboard.press('Escape');

  const { shown, pages } = await countAndExport(page);
  expect(pages.length, `live count ${shown}, PDF ${pages.length}`).toBe(shown);
  expect(pages.length).toBeGreaterThan(1);
  const last = squash(pages.at(-1)!);
  expect(last).toContain('Clearances');
  expect(last).toContain('OfficeNameOutcomeDateRemark');
  expect(last).toContain('EB/TPPKimParkDrafted');
  expect(last).toContain('L/EBSamOrtizCleared2026-03-02');
  expect(last).toContain('PAAnnLeeClearedwithcommentsPresslinestofollow');
  for (const earlier of pages.slice(0, -1)) expect(earlier).not.toContain('Clearances');
});

test('a Canadian decision note prints "Prepared by / Consulted / Approved by" at its end, counted in its pages', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await newNote(page, 'Decision note', 'Rural broadband funding');
  await writeUnder(page, 'Summary', 'Fund the rural broadband programme.');
  await writeUnder(page, 'Considerations', PARAGRAPH.repeat(4));
  const dialog = await openClearance(page);
  await addEntry(page, dialog, 1, { office: 'Policy Analyst, Connectivity', name: 'Kim Park', step: 'Prepared by' });
  await addEntry(page, dialog, 2, { office: 'Legal Services', name: 'Sam Ortiz', outcome: 'Cleared', date: '2026-03-02' });
  await addEntry(page, dialog, 3, { office: 'ADM, Strategic Policy', name: 'Dana Lee', step: 'Approved by', outcome: 'Cleared', date: '2026-03-04' });
  await page.keyboard.press('Escape');

  const { shown, pages } = await countAndExport(page);
  expect(pages.length, `live count ${shown}, PDF ${pages.length}`).toBe(shown);
  const last = squash(pages.at(-1)!);
  expect(last).toContain(squash('Prepared by Policy Analyst, Connectivity, Kim Park'));
  expect(last).toContain(squash('Consulted Legal Services, Sam Ortiz (cleared, 2026-03-02)'));
  expect(last).toContain(squash('Approved by ADM, Strategic Policy, Dana Lee (2026-03-04)'));
  for (const earlier of pages.slice(0, -1)) expect(earlier).not.toContain('Prepared by');
});

test('the UK submission prints one Clearances line on page 1, under the details', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await newNote(page, 'Ministerial submission (UK)', 'Telecoms security review');
  await writeUnder(page, 'Background', PARAGRAPH.repeat(10));
  await writeUnder(page, 'Argument', PARAGRAPH.repeat(8));
  const dialog = await openClearance(page);
  await expect(dialog).toContainText('Printed as a “Clearances:” line under the note’s details.');
  await addEntry(page, dialog, 1, { office: 'Legal Advisers', name: 'Sam Ortiz', outcome: 'Cleared', date: '2026-03-02' });
  await addEntry(page, dialog, 2, { office: 'HM Treasury', name: 'Ann Lee', outcome: 'Not cleared', remark: 'Costs to be agreed' });
  await page.keyboard.press('Escape');

  const { shown, pages } = await countAndExport(page);
  expect(pages.length, `live count ${shown}, PDF ${pages.length}`).toBe(shown);
  expect(pages.length).toBeGreaterThan(1);
  const first = squash(pages[0]!);
  const line = squash('Clearances: Legal Advisers, Sam Ortiz (cleared, 2026-03-02); HM Treasury, Ann Lee (not cleared) \u2014 Costs to be agreed.');
  expect(first).toContain(line);
  expect(first.indexOf(line)).toBeLessThan(first.indexOf('Issue'));
  for (const later of pages.slice(1)) expect(later).not.toContain('Clearances');
});

test('a template edited in the app says how clearance prints, and notes made from it follow', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Templates' }).click();
  const manager = page.getByRole('dialog', { name: 'Templates' });
  await manager.getByRole('region', { name: 'Built-in templates' }).getByRole('button', { name: 'Duplicate Ministerial submission (UK)' }).click();
  await manager.getByRole('region', { name: 'Your templates' }).getByRole('button', { name: 'Edit Ministerial submission (UK) (copy)' }).click();
  await manager.getByLabel('Name', { exact: true }).fill('Submission with sign-off');
  const block = manager.getByLabel('Clearance block', { exact: true });
  await expect(block).toHaveValue('uk-clearances-line');
  await block.selectOption({ label: 'Prepared by / Consulted / Approved by' });
  await manager.getByLabel('Clearance block goes').selectOption({ label: 'At the end of the note (the last page)' });
  await manager.getByRole('button', { name: 'Save template' }).click();
  await expect(manager.getByRole('region', { name: 'Your templates' }).getByRole('button', { name: 'Edit Submission with sign-off' })).toBeVisible();
  const [file] = fs.readdirSync(`${host.dataDir}/templates`).filter((name) => name.endsWith('.json'));
  expect(JSON.parse(fs.readFileSync(`${host.dataDir}/templates/${file}`, 'utf8')).print.clearance).toEqual({ style: 'canada-prepared-consulted-approved', placement: 'end' });
  await page.keyboard.press('Escape');

  await newNote(page, 'Submission with sign-off', 'Spectrum auction timing');
  const dialog = await openClearance(page);
  await expect(dialog).toContainText('Printed as “Prepared by / Consulted / Approved by” at the end of the note.');
  await addEntry(page, dialog, 1, { office: 'Legal Advisers', name: 'Sam Ortiz', outcome: 'Cleared' });
  await page.keyboard.press('Escape');
  const { shown, pages } = await countAndExport(page);
  expect(pages.length).toBe(shown);
  expect(squash(pages.at(-1)!)).toContain(squash('Consulted Legal Advisers, Sam Ortiz (cleared)'));
  expect(pages.join('\n')).not.toContain('Clearances:');
});
