import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ClearanceEntry } from '../../../../../../common/clearance';
import { editorState, headingNode, paragraphNode, textNode } from '../../../../../../common/editorState';
import { newNote, type Note } from '../../../../../../common/note';
import { templateSchema, type Template } from '../../../../../../common/template';
import { renderNoteDocx } from '../../../../../../electron/services/export/exportDocx';
import { wordText, zipEntries } from '../../../../../support/zipEntries';

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../../../../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const OPTIONS = { version: '9.9.9', author: { name: 'Alex Writer', organisation: '' } };

const ENTRIES: ClearanceEntry[] = [
  { id: 'legal', step: 'consulted', office: 'L/EB', name: 'Sam Ortiz', outcome: 'cleared', date: '2026-03-02', remark: 'Fine & dandy' },
  { id: 'drafter', step: 'prepared', office: 'EB/TPP', name: 'Kim Park', outcome: 'pending', remark: '' },
];

function noteWith(template: Template, clearance?: ClearanceEntry[]): Note {
  const note = newNote(template, 'docx-clearance', new Date('2026-03-01T12:00:00Z'), { subject: 'Tiered export licences' });
  note.body = editorState([headingNode('h2', 'Background'), paragraphNode([textNode('The last words of the body.')])]);
  return clearance ? { ...note, clearance } : note;
}

/** document.xml of the exported note, and its text in order. */
async function documentOf(note: Note): Promise<{ xml: string; text: string }> {
  const file = await renderNoteDocx(note, OPTIONS);
  const xml = zipEntries(file.bytes).get('word/document.xml')!.toString('utf8');
  return { xml, text: wordText(xml) };
}

describe('the clearance block in the DOCX', () => {
  it('US action memo: a Clearances heading and a table with a repeated header row, after the body', async () => {
    const { xml, text } = await documentOf(noteWith(loadTemplate('07-us-action-memo'), ENTRIES));
    expect(text).toContain('The last words of the body.ClearancesOfficeNameOutcomeDateRemarkEB/TPPKim ParkDrafted');
    expect(text).toContain('L/EBSam OrtizCleared2026-03-02Fine & dandy');
    expect(text.indexOf('The last words of the body.')).toBeLessThan(text.indexOf('Clearances'));
    // The heading is Word's Heading 2, as the PDF's h2; the first row is the table's header row.
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*<w:t xml:space="preserve">Clearances<\/w:t>/s);
    const clearanceTable = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(clearanceTable).toMatch(/<w:tblHeader(?: w:val="(?:true|1|on)")?\/>(?:(?!<\/w:tr>).)*Office/s);
    // Kept together: the rows do not split and the paragraphs before the last row keep with the next.
    expect(clearanceTable).toMatch(/<w:cantSplit(?: w:val="(?:true|1|on)")?\/>/);
    expect(clearanceTable).toMatch(/<w:keepNext(?: w:val="(?:true|1|on)")?\/>/);
  });

  it('Canadian note: Prepared by and Consulted rows after the body', async () => {
    const { text } = await documentOf(noteWith(loadTemplate('01-decision-note'), ENTRIES));
    expect(text).toContain('The last words of the body.');
    expect(text).toMatch(/Prepared byEB\/TPP, Kim ParkConsultedL\/EB, Sam Ortiz \(cleared, 2026-03-02\) \u2014 Fine & dandy$/);
  });

  it('UK submission: the Clearances line between the details and the body', async () => {
    const { text } = await documentOf(noteWith(loadTemplate('06-uk-ministerial-submission'), ENTRIES));
    const line = 'Clearances: EB/TPP, Kim Park (drafted); L/EB, Sam Ortiz (cleared, 2026-03-02) \u2014 Fine & dandy.';
    expect(text).toContain(line);
    expect(text.indexOf('Tiered export licences')).toBeLessThan(text.indexOf(line));
    expect(text.indexOf(line)).toBeLessThan(text.indexOf('Background'));
  });

  it('writes nothing for a note with no clearance recorded', async () => {
    for (const name of ['07-us-action-memo', '01-decision-note', '06-uk-ministerial-submission']) {
      const { text } = await documentOf(noteWith(loadTemplate(name)));
      expect(text, name).not.toMatch(/Clearances|Prepared by|Consulted/);
      expect(text.endsWith('The last words of the body.'), name).toBe(true);
    }
  });
});
