import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode, TEXT_FORMAT, type SerializedNode } from '../../../../../common/editorState';
import { newNote, type Note } from '../../../../../common/note';
import { templateSchema, type Template } from '../../../../../common/template';
import { renderNoteDocx } from '../../../../../electron/services/export/exportDocx';
import { wordText, zipEntries } from '../../../../support/zipEntries';

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../../../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const decision = loadTemplate('01-decision-note');
const information = loadTemplate('02-information-note');

function noteWith(template: Template, metadata: Record<string, string>, body: SerializedNode[]): Note {
  const note = newNote(template, 'docx-test', new Date('2026-03-01T12:00:00Z'), metadata);
  note.body = editorState(body);
  return note;
}

const OPTIONS = { version: '9.9.9', author: { name: 'Alex Writer', organisation: '' } };

function partsText(entries: Map<string, Buffer>, prefix: string): string[] {
  return [...entries.entries()].filter(([name]) => name.startsWith(`word/${prefix}`)).map(([, data]) => wordText(data.toString('utf8')));
}

describe('DOCX export', () => {
  it('has the headings, lists, table, decision block, marking in header and footer, page numbers, paper and properties', async () => {
    const subject = 'Funding for the rural broadband programme';
    const note = noteWith(decision, { subject, classification: 'protected b', reference: 'FILE-0042' }, [
      headingNode('h2', 'Summary'),
      paragraphNode([textNode('The point, '), { type: 'link', url: 'https://example.org/', children: [textNode('with a link')] }]),
      { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [textNode('First')] }, { type: 'listitem', children: [textNode('Second')] }] },
      { ...paragraphNode([textNode('Guidance for the writer')]), brieflinkGuidance: true },
      headingNode('h3', 'Detail'),
      {
        type: 'table',
        children: [
          { type: 'tablerow', children: [{ type: 'tablecell', headerState: 1, children: [paragraphNode([textNode('Region')])] }] },
          { type: 'tablerow', children: [{ type: 'tablecell', headerState: 0, children: [paragraphNode([textNode('North')])] }] },
        ],
      },
      headingNode('h2', 'Recommendation'),
      paragraphNode([textNode('That you approve.')]),
    ]);
    const file = await renderNoteDocx(note, { ...OPTIONS, draft: true });
    expect(file.extensions).toEqual(['docx']);
    // The file number first, then the subject.
    expect(file.fileName).toBe(`FILE-0042 ${subject}.docx`);

    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) });
    const headings = [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((match) => `h${match[1]} ${match[2]}`);
    expect(headings).toEqual([`h1 ${subject}`, 'h2 Summary', 'h3 Detail', 'h2 Recommendation']);
    expect(html).toContain('<a href="https://example.org/">with a link</a>');
    expect(html).toContain('<ol><li>First</li><li>Second</li></ol>');
    expect(html).toContain('<thead><tr><th><p>Region</p></th></tr></thead><tbody><tr><td><p>North</p></td></tr></tbody>');
    expect(html).toContain('\u2610 Approved');
    expect(html).toContain('Signature:');
    expect(html).not.toContain('Guidance for the writer');
    // The decision block comes at the end of the Recommendation section.
    expect(html.indexOf('That you approve.')).toBeLessThan(html.indexOf('\u2610 Approved'));

    const entries = zipEntries(file.bytes);
    const [header] = partsText(entries, 'header');
    const [footer] = partsText(entries, 'footer');
    expect(header).toContain('PROTECTED B');
    expect(header).toContain('File number: FILE-0042');
    expect(header).toContain('DRAFT');
    // The diagonal watermark, as Word writes one: a VML text path in the header.
    const headerXml = [...entries.entries()].find(([name]) => name.startsWith('word/header'))![1].toString('utf8');
    expect(headerXml).toMatch(/<v:shape [^>]*rotation:315[^>]*>.*<v:textpath [^>]*string="DRAFT"/);
    expect(footer).toContain('PROTECTED B');
    expect(footer).toMatch(/Page \{PAGE\}.* of \{NUMPAGES\}/);

    const document = entries.get('word/document.xml')!.toString('utf8');
    // Letter paper, 25 mm margins (1417 twentieths of a point).
    expect(document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(document).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/);
    const core = entries.get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain(`<dc:title>${subject}</dc:title>`);
    expect(core).toContain('<dc:creator>Alex Writer</dc:creator>');
    expect(core).toContain('<cp:keywords>Decision note; PROTECTED B</cp:keywords>');
  });

  it('puts the marking top right of the first page only when the template says so, and uses A4', async () => {
    const template = { ...information, print: { ...information.print, markingPlacement: 'top-right-first-page' as const } };
    const file = await renderNoteDocx(noteWith(template, { subject: 'S', classification: 'OFFICIAL-SENSITIVE' }, []), OPTIONS);
    const entries = zipEntries(file.bytes);
    const document = entries.get('word/document.xml')!.toString('utf8');
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const headers = partsText(entries, 'header');
    expect(headers.filter((text) => text.includes('OFFICIAL-SENSITIVE'))).toHaveLength(1);
    expect(partsText(entries, 'footer').every((text) => !text.includes('OFFICIAL-SENSITIVE'))).toBe(true);
  });

  it('exports bad input: a 200-row table, a 10,000-word paragraph, other scripts, control characters, an unknown classification', async () => {
    const cell = (text: string, headerState = 0): SerializedNode => ({ type: 'tablecell', headerState, children: [paragraphNode([textNode(text)])] });
    const rows: SerializedNode[] = [{ type: 'tablerow', children: [cell('Region', 1), cell('Amount', 1)] }];
    for (let i = 1; i <= 200; i++) rows.push({ type: 'tablerow', children: [cell(`Region ${i}`), cell(`${i}`)] });
    const words = Array.from({ length: 10_000 }, (_, i) => `word${i}`).join(' ');
    const note = noteWith(decision, { subject: 'Stress \u0001test\ud800', classification: 'Cabinet confidence' }, [
      headingNode('h2', 'Table'),
      { type: 'table', children: rows },
      paragraphNode([textNode(words)]),
      paragraphNode([textNode('\u4e2d\u6587 \u0645\u0644\u062e\u0635 \ud83d\ude00 bell\u0007')]),
    ]);
    const file = await renderNoteDocx(note, OPTIONS);
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) });
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(html).toContain('<h1>Stress test</h1>');
    expect(html).toContain('Region 200');
    expect(html).toContain('word9999');
    expect(html).toContain('\u4e2d\u6587 \u0645\u0644\u062e\u0635 \ud83d\ude00 bell');
    const [header] = partsText(zipEntries(file.bytes), 'header');
    expect(header).toContain('CABINET CONFIDENCE');
  });

  it("skips a new Q&A section's bare Q: and A: labels, and keeps a written question", async () => {
    const issueNote = loadTemplate('04-issue-note');
    const note = noteWith(issueNote, { subject: 'Q and A' }, [
      headingNode('h2', 'Questions and answers'),
      paragraphNode([textNode('Q: ', TEXT_FORMAT.bold), textNode('Who decides?')]),
      paragraphNode([textNode('A: ', TEXT_FORMAT.bold)]),
      paragraphNode([textNode('Q: ', TEXT_FORMAT.bold)]),
    ]);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from((await renderNoteDocx(note, OPTIONS)).bytes) });
    expect(html).toContain('<strong>Q: </strong>Who decides?');
    expect(html.match(/[QA]:/g)).toEqual(['Q:']);
  });
});
