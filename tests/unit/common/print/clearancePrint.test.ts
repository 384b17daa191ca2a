import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClearanceEntry } from '../../../../common/clearance';
import { newNote, type Note } from '../../../../common/note';
import { clearanceBlock, printedOutcome } from '../../../../common/print/clearanceLayout';
import { noteToPrintHtml } from '../../../../common/print/printHtml';
import { templateSchema, type Template } from '../../../../common/template';
import { validateTemplate } from '../../../../common/userTemplates';
import { BUILT_IN_TEMPLATES_DIR } from '../../../support/backendFixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const builtIn = (name: string): Json => JSON.parse(fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, `${name}.json`), 'utf8'));
const template = (name: string): Template => templateSchema.parse(builtIn(name));

const US = template('07-us-action-memo');
const CANADA = template('01-decision-note');
const UK = template('06-uk-ministerial-submission');

const ENTRIES: ClearanceEntry[] = [
  { id: 'approver', step: 'approved', office: 'Office Director', name: 'Dana Lee', outcome: 'cleared', date: '2026-03-04', remark: '' },
  { id: 'legal', step: 'consulted', office: 'L/EB', name: 'Sam Ortiz', outcome: 'cleared-with-comments', date: '2026-03-02', remark: 'Costs  go\nin an annex' },
  { id: 'drafter', step: 'prepared', office: 'EB/TPP', name: 'Kim Park', outcome: 'pending', remark: '' },
  { id: 'blank', step: 'consulted', office: '  ', name: '', outcome: 'pending', remark: 'not filled in yet' },
  { id: 'press', step: 'consulted', office: 'PA', name: '<Ann & Co>', outcome: 'pending', remark: '' },
];

function noteWith(chosen: Template, clearance: ClearanceEntry[] | undefined): Note {
  const note = newNote(chosen, 'clearance-note', new Date('2026-03-01T12:00:00Z'), { subject: 'Tiered export licences' });
  return clearance ? { ...note, clearance } : note;
}

/** The HTML between the end of the metadata block and the start of the body, and after the body. */
function around(html: string): { afterMetadata: string; end: string } {
  const afterMetadata = /<\/header>\n([\s\S]*?)\n<main/.exec(html)?.[1] ?? '';
  const end = /<\/main>\n([\s\S]*?)\n<\/body>/.exec(html)?.[1] ?? '';
  return { afterMetadata, end };
}

describe('the clearance block in the print page', () => {
  it('US action memo: a "Clearances" heading over a table with column headers, at the end, drafter first and approver last', () => {
    const html = noteToPrintHtml(noteWith(US, ENTRIES));
    const { afterMetadata, end } = around(html);
    expect(afterMetadata).toBe('');
    expect(end).toBe(
      '<section class="clearance clearance-end clearance-us" aria-labelledby="clearance-heading"><h2 id="clearance-heading">Clearances</h2>' +
        '<table class="clearance-table"><thead><tr><th scope="col">Office</th><th scope="col">Name</th><th scope="col">Outcome</th><th scope="col">Date</th><th scope="col">Remark</th></tr></thead><tbody>' +
        '<tr><td>EB/TPP</td><td>Kim Park</td><td>Drafted</td><td></td><td></td></tr>' +
        '<tr><td>L/EB</td><td>Sam Ortiz</td><td>Cleared with comments</td><td>2026-03-02</td><td>Costs go in an annex</td></tr>' +
        '<tr><td>PA</td><td>&lt;Ann &amp; Co&gt;</td><td>Pending</td><td></td><td></td></tr>' +
        '<tr><td>Office Director</td><td>Dana Lee</td><td>Approved</td><td>2026-03-04</td><td></td></tr>' +
        '</tbody></table></section>',
    );
    // Kept on one page, so at the end of the note it is on the last page.
    expect(html).toMatch(/\.clearance \{ break-inside: avoid; page-break-inside: avoid; \}/);
  });

  it('drops the Date and Remark columns when no entry has one', () => {
    const block = clearanceBlock(noteWith(US, [{ id: 'a', step: 'consulted', office: 'L', name: 'A', outcome: 'cleared', remark: ' ' }]), 'end');
    expect(block).toEqual({ style: 'us-clearance-block', heading: 'Clearances', columns: ['Office', 'Name', 'Outcome'], rows: [['L', 'A', 'Cleared']] });
  });

  it('Canadian note: "Prepared by / Consulted / Approved by" rows with row headers, at the end', () => {
    const { afterMetadata, end } = around(noteToPrintHtml(noteWith(CANADA, ENTRIES)));
    expect(afterMetadata).toBe('');
    expect(end).toBe(
      '<section class="clearance clearance-end clearance-canada" aria-label="Clearance"><table class="clearance-rows"><tbody>' +
        '<tr><th scope="row">Prepared by</th><td><p>EB/TPP, Kim Park</p></td></tr>' +
        '<tr><th scope="row">Consulted</th><td><p>L/EB, Sam Ortiz (cleared with comments, 2026-03-02) \u2014 Costs go in an annex</p><p>PA, &lt;Ann &amp; Co&gt; (pending)</p></td></tr>' +
        '<tr><th scope="row">Approved by</th><td><p>Office Director, Dana Lee (2026-03-04)</p></td></tr>' +
        '</tbody></table></section>',
    );
  });

  it('Canadian note: only the steps recorded print, and an approval not given says so', () => {
    const block = clearanceBlock(noteWith(CANADA, [{ id: 'dg', step: 'approved', office: 'DG', name: 'R. Roy', outcome: 'pending', remark: '' }]), 'end');
    expect(block).toEqual({ style: 'canada-prepared-consulted-approved', rows: [{ label: 'Approved by', lines: ['DG, R. Roy (pending)'] }] });
  });

  it('UK submission: one "Clearances:" line under the details, before the body', () => {
    const { afterMetadata, end } = around(noteToPrintHtml(noteWith(UK, ENTRIES)));
    expect(end).toBe('');
    expect(afterMetadata).toBe(
      '<p class="clearance clearance-after-metadata clearance-uk"><strong>Clearances:</strong> ' +
        'EB/TPP, Kim Park (drafted); L/EB, Sam Ortiz (cleared with comments, 2026-03-02) \u2014 Costs go in an annex; PA, &lt;Ann &amp; Co&gt; (pending); Office Director, Dana Lee (approved, 2026-03-04).</p>',
    );
  });

  it('prints nothing for an empty list, for entries that name no one, or where the template prints none', () => {
    for (const chosen of [US, CANADA, UK]) {
      for (const clearance of [undefined, [], [ENTRIES[3]!]]) {
        const html = noteToPrintHtml(noteWith(chosen, clearance));
        expect(around(html), chosen.id).toEqual({ afterMetadata: '', end: '' });
        expect(html).not.toContain('class="clearance');
      }
    }
    const none = { ...US, print: { ...US.print, clearance: { style: 'none' as const, placement: 'end' as const } } };
    expect(around(noteToPrintHtml(noteWith(none, ENTRIES)))).toEqual({ afterMetadata: '', end: '' });
  });

  it('puts a block where the template places it', () => {
    const usOnTop = { ...US, print: { ...US.print, clearance: { style: 'us-clearance-block' as const, placement: 'after-metadata' as const } } };
    const { afterMetadata, end } = around(noteToPrintHtml(noteWith(usOnTop, ENTRIES)));
    expect(afterMetadata).toContain('<h2 id="clearance-heading">Clearances</h2>');
    expect(end).toBe('');
  });

  it('prints each step and outcome in words', () => {
    expect(printedOutcome({ step: 'prepared', outcome: 'cleared' })).toBe('Drafted');
    expect(printedOutcome({ step: 'consulted', outcome: 'not-cleared' })).toBe('Not cleared');
    expect(printedOutcome({ step: 'approved', outcome: 'cleared-with-comments' })).toBe('Approved with comments');
    expect(printedOutcome({ step: 'approved', outcome: 'not-cleared' })).toBe('Not approved');
    expect(printedOutcome({ step: 'approved', outcome: 'pending' })).toBe('Pending');
  });
});

describe('the template setting for clearance', () => {
  it('is accepted in built-in and user templates alike', () => {
    for (const name of ['01-decision-note', '02-information-note', '06-uk-ministerial-submission', '07-us-action-memo']) {
      const checked = validateTemplate(builtIn(name));
      expect(checked.ok && checked.template.print.clearance, name).toBeTruthy();
    }
    const mine: Json = { ...builtIn('04-issue-note'), id: 'user-issue-note' };
    mine.print.clearance = { style: 'uk-clearances-line' };
    const checked = validateTemplate(mine);
    // Placement left out: the end of the note.
    expect(checked.ok && checked.template.print.clearance).toEqual({ style: 'uk-clearances-line', placement: 'end' });
  });

  it('names a wrong style, a wrong placement and a misspelt key', () => {
    const mine = builtIn('07-us-action-memo');
    mine.print.clearance = { style: 'us-block', placement: 'top' };
    expect(validateTemplate(mine)).toEqual({
      ok: false,
      errors: [
        'print.clearance.style: use one of us-clearance-block, canada-prepared-consulted-approved, uk-clearances-line, none',
        'print.clearance.placement: use one of after-metadata, end',
      ],
    });
    mine.print.clearance = { style: 'none', placment: 'end' };
    expect(validateTemplate(mine)).toEqual({
      ok: false,
      errors: ['print.clearance.placment: not part of the template format (misspelt, or from a newer version of Brieflink)'],
    });
  });
});
