import fs from 'node:fs';
import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { editorState, headingNode, paragraphNode, textNode } from '../../common/editorState';
import { expect, test } from '../support/hostFixture';
import { makeNote } from '../support/noteFiles';
import { readPdf } from '../support/pdfText';
import { snippetNode } from '../support/snippetNodes';
import { noteAction } from '../support/noteActions';

const SUBJECT = 'Sources in the export';

/** A note citing two sources (one twice), with a damaged snippet that must print as plain text. */
function seededNote(): string {
  const note = makeNote({ id: 'note-with-snippets', subject: SUBJECT });
  const body = editorState([
    headingNode('h2', note.template.sections[0].heading),
    paragraphNode([
      textNode('Officials said '),
      snippetNode({ id: 'first', developmentId: 'zeta-rules', text: 'the zeta rules apply from June', title: 'Zeta Rules', publisher: 'Zeta Agency', publishedDate: '2026-01-15', url: 'https://zeta.example/rules' }),
      textNode(' and '),
      snippetNode({ id: 'second', developmentId: 'alpha-act', text: 'the alpha act is delayed', title: 'Alpha Act', publisher: 'Alpha House', publishedDate: null, url: 'ftp://alpha.example/act' }),
      textNode('; again, '),
      snippetNode({ id: 'third', developmentId: 'zeta-rules', text: 'zeta covers imports', title: 'Zeta Rules' }),
      textNode('. '),
      { type: 'linked-snippet', version: 1, snippet: { formatVersion: 9, id: 'future' }, children: [textNode('Text from a newer version')] },
    ]),
  ]);
  return JSON.stringify({ ...note, body });
}

async function exportAs(page: Page, button: 'Export PDF' | 'Export DOCX'): Promise<Buffer> {
  const downloadPromise = page.waitForEvent('download');
  await (button === 'Export PDF' ? page.getByRole('button', { name: button }) : await noteAction(page, button)).click();
  const anyway = page.getByRole('alertdialog', { name: 'Some required parts are empty' }).getByRole('button', { name: 'Export anyway' });
  await Promise.race([downloadPromise, anyway.click().catch(() => undefined)]);
  return fs.readFileSync(await (await downloadPromise).path());
}

test.describe('citations in the export', () => {
  test.use({ workspaceFiles: { 'notes/note-with-snippets.note.json': seededNote() } });

  test('the PDF and the DOCX have the markers and the Sources list, each source once, in order of first citation', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: new RegExp(`^${SUBJECT}`) }).click();
    await expect(page.getByRole('textbox', { name: 'Note body' })).toContainText('the zeta rules apply from June');

    const pdf = await readPdf(new Uint8Array(await exportAs(page, 'Export PDF')));
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toMatch(/the zeta rules apply from June ?\[1\] ?and the alpha act is delayed ?\[2\] ?; again, zeta covers imports ?\[1\] ?\. Text from a newer version/);
    expect(text).not.toContain('[3]');
    // The decision note prints its sources as an annex, on a page of its own after the body.
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.pages[0]).not.toMatch(/Annex|Zeta Agency/);
    expect(pdf.pages[1]!.replace(/\s+/g, ' ')).toMatch(/Annex: Sources 1\. Zeta Rules\. Zeta Agency, 2026-01-15\. https:\/\/zeta\.example\/rules 2\. Alpha Act\. Alpha House\. ftp:\/\/alpha\.example\/act/);

    const docx = await exportAs(page, 'Export DOCX');
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toMatch(/the zeta rules apply from June<a href="#source_1"><sup>\[1\]<\/sup><\/a>/);
    expect(html).toMatch(/the alpha act is delayed<a href="#source_2"><sup>\[2\]<\/sup><\/a>/);
    expect(html).toContain('<h2>Annex: Sources</h2>');
    expect(html).toMatch(/<a id="source_1"><\/a>1\. Zeta Rules\. Zeta Agency, 2026-01-15\. <a href="https:\/\/zeta\.example\/rules">/);
    expect(html).toContain('<a id="source_2"></a>2. Alpha Act. Alpha House. ftp://alpha.example/act</p>');
  });
});
