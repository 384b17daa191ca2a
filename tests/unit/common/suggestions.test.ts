import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../../common/editorState';
import { newNote, noteSchema, withFormatVersion } from '../../../common/note';
import { sectionStats } from '../../../common/noteStructure';
import { noteToPrintHtml } from '../../../common/print/printHtml';
import { acceptedNodes, blockSuggestionsIn, hasSuggestions, suggestionsIn, withSuggestionsAccepted } from '../../../common/suggestions';
import { templateSchema, type Template } from '../../../common/template';
import { renderNoteDocx } from '../../../electron/services/export/exportDocx';
import { zipEntries } from '../../support/zipEntries';

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const author = { name: 'Rae Reviewer', initials: 'RR', office: 'Legal' };
const suggestion = (kind: 'insert' | 'delete', id: string, text: string): SerializedNode => ({
  type: 'suggestion',
  version: 1,
  suggestionId: id,
  kind,
  author,
  createdAt: '2026-12-07T10:00:00.000Z',
  children: [textNode(text)],
  direction: null,
  format: '',
  indent: 0,
});

const withSuggestions = [
  headingNode('h2', 'Summary'),
  paragraphNode([textNode('Dredging starts in '), suggestion('delete', 'd1', 'May'), suggestion('insert', 'i1', 'early June'), textNode('.')]),
];

describe('suggested changes, read as accepted', () => {
  it('keeps an insertion’s text, drops a deletion’s, and leaves the rest as it was', () => {
    const accepted = acceptedNodes(withSuggestions);
    expect(accepted[0]).toBe(withSuggestions[0]);
    expect(accepted[1]!.children!.map((node) => node.text)).toEqual(['Dredging starts in ', 'early June', '.']);
    expect(hasSuggestions(withSuggestions)).toBe(true);
    expect(hasSuggestions(accepted)).toBe(false);
  });

  it('gives back the same array when there is nothing to accept', () => {
    const plain = [paragraphNode([textNode('No suggestions.')])];
    expect(acceptedNodes(plain)).toBe(plain);
    const note = { body: editorState(plain) };
    expect(withSuggestionsAccepted(note)).toBe(note);
  });

  it('accepts a suggestion inside another with the one around it', () => {
    const nested = [paragraphNode([{ ...suggestion('insert', 'outer', 'new '), children: [textNode('new '), suggestion('delete', 'inner', 'old')] }])];
    expect(acceptedNodes(nested)[0]!.children!.map((node) => node.text)).toEqual(['new ']);
    const dropped = [paragraphNode([{ ...suggestion('delete', 'outer', ''), children: [suggestion('insert', 'inner', 'kept?')] }])];
    expect(acceptedNodes(dropped)[0]!.children).toEqual([]);
  });

  it('lists one entry per suggestion, its text joined across paragraphs, and leaves out one whose data does not read', () => {
    const across = [paragraphNode([suggestion('delete', 'd1', 'end of one')]), paragraphNode([suggestion('delete', 'd1', ' start of two')]), paragraphNode([{ ...suggestion('insert', 'bad', 'x'), kind: 'move' }])];
    expect(suggestionsIn(across)).toEqual([{ suggestionId: 'd1', kind: 'delete', author, createdAt: '2026-12-07T10:00:00.000Z', text: 'end of one start of two' }]);
  });
});

describe('a note with suggestions', () => {
  const template = loadTemplate('01-decision-note');
  const note = { ...newNote(template, 'dredging', new Date('2026-12-07T09:00:00Z'), { subject: 'Harbour dredging' }), body: editorState(withSuggestions) };

  it('is written as format 5, and read back whole', () => {
    const written = withFormatVersion(note);
    expect(written.formatVersion).toBe(5);
    const read = noteSchema.parse(JSON.parse(JSON.stringify(written)));
    expect(suggestionsIn(read.body.root.children).map((item) => item.suggestionId)).toEqual(['d1', 'i1']);
    expect(withFormatVersion({ ...note, body: editorState(acceptedNodes(withSuggestions)) }).formatVersion).toBe(1);
  });

  it('prints accepted, with no markup and nothing of the deleted text', () => {
    const html = noteToPrintHtml(note);
    expect(html).toContain('Dredging starts in early June.');
    expect(html).not.toMatch(/<ins|<del|May/);
  });

  it('goes into the DOCX as Word tracked changes under the reviewer’s name', async () => {
    const docx = await renderNoteDocx(note, { version: '9.9.9' });
    const xml = zipEntries(docx.bytes).get('word/document.xml')!.toString('utf8');
    expect(xml).toMatch(/<w:del [^>]*w:author="Rae Reviewer"[^>]*w:date="2026-12-07T10:00:00.000Z"[^>]*>\s*<w:r>(?:(?!<\/w:r>).)*<w:delText[^>]*>May<\/w:delText>/s);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Rae Reviewer"[^>]*>\s*<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>early June<\/w:t>/s);
    // Word shows the final text, with every suggestion accepted, as the PDF prints it.
    const { value: accepted } = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
    expect(accepted).toContain('Dredging starts in early June.');
    expect(accepted).not.toContain('May');
  });

  it('counts the words of the accepted text', () => {
    const summary = sectionStats(note.body, template).find((section) => section.heading === 'Summary');
    expect(summary?.words).toBe(5);
  });
});

describe('a note with a formatting suggestion', () => {
  const template = loadTemplate('01-decision-note');
  const bold = (text: string): SerializedNode => ({ ...textNode(text), format: 1 });
  const formatting: SerializedNode = {
    ...suggestion('insert', 'f1', 'unused'),
    kind: 'format',
    formatChange: { format: 'bold', on: true },
    children: [bold('must')],
  };
  const body = [headingNode('h2', 'Summary'), paragraphNode([textNode('Dredging '), formatting, textNode(' start in May.')])];
  const note = { ...newNote(template, 'dredging', new Date('2026-12-07T09:00:00Z'), { subject: 'Harbour dredging' }), body: editorState(body) };

  it('is written as format 6, which older versions refuse; its data must say which format it changes', () => {
    expect(withFormatVersion(note).formatVersion).toBe(6);
    const read = noteSchema.parse(JSON.parse(JSON.stringify(withFormatVersion(note))));
    expect(suggestionsIn(read.body.root.children)).toMatchObject([{ suggestionId: 'f1', kind: 'format', formatChange: { format: 'bold', on: true }, text: 'must' }]);
    // A formatting suggestion without its change does not read (the editor opens such a node as unreadable).
    const withoutChange = (({ formatChange: _dropped, ...rest }: SerializedNode) => rest)(formatting);
    expect(suggestionsIn([paragraphNode([withoutChange])])).toEqual([]);
  });

  it('prints as accepted: the text as suggested, with no markup', () => {
    expect(acceptedNodes(body)[1]!.children).toEqual([textNode('Dredging '), bold('must'), textNode(' start in May.')]);
    const html = noteToPrintHtml(note);
    expect(html).toMatch(/Dredging <(strong|b)[^>]*>must<\/(strong|b)> start in May\./);
    expect(html).not.toContain('suggestion');
  });

  it('goes into the DOCX as a Word formatting change: bold now, with its properties before', async () => {
    const docx = await renderNoteDocx(note, { version: '9.9.9' });
    const xml = zipEntries(docx.bytes).get('word/document.xml')!.toString('utf8');
    const run = /<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>must<\/w:t><\/w:r>/s.exec(xml)?.[0] ?? '';
    expect(run).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    // Word's change holds the properties before it (here: not bold), so Reject in Word turns it back.
    expect(run).toMatch(/<w:rPrChange [^>]*w:author="Rae Reviewer"[^>]*w:date="2026-12-07T10:00:00.000Z"[^>]*>\s*<w:rPr>\s*<w:b w:val="false"\/>/s);
  });
});

describe('a note with suggested paragraph breaks', () => {
  const template = loadTemplate('01-decision-note');
  const breakBefore = (kind: 'insert' | 'delete', id: string, node: SerializedNode): SerializedNode => ({
    ...node,
    $: { suggestedBreak: { suggestionId: id, kind, author, createdAt: '2026-12-07T10:00:00.000Z' } },
  });
  const body = [
    headingNode('h2', 'Summary'),
    paragraphNode([textNode('Dredging starts in May.')]),
    breakBefore('insert', 'b1', paragraphNode([textNode('Costs are shared.')])),
    paragraphNode([textNode('The port pays')]),
    breakBefore('delete', 'b2', paragraphNode([textNode(' a third.')])),
  ];
  const note = { ...newNote(template, 'dredging', new Date('2026-12-07T09:00:00Z'), { subject: 'Harbour dredging' }), body: editorState(body) };

  it('is written as format 7 and read back with its breaks', () => {
    expect(withFormatVersion(note).formatVersion).toBe(7);
    const read = noteSchema.parse(JSON.parse(JSON.stringify(withFormatVersion(note))));
    expect(blockSuggestionsIn(read.body.root.children).map((item) => [item.suggestionId, item.kind, item.text])).toEqual([
      ['b1', 'insert', 'Costs are shared.'],
      ['b2', 'delete', ' a third.'],
    ]);
    expect(hasSuggestions(read.body.root.children)).toBe(true);
  });

  it('prints accepted: the new paragraph stands apart and the joined one runs on', () => {
    const html = noteToPrintHtml(note);
    expect(html).toMatch(/<p[^>]*>Dredging starts in May\.<\/p>\s*<p[^>]*>Costs are shared\.<\/p>/);
    expect(html).toContain('The port pays a third.');
  });

  it('goes into the DOCX as Word’s tracked paragraph marks, on the paragraph before each break', async () => {
    const docx = await renderNoteDocx(note, { version: '9.9.9' });
    const xml = zipEntries(docx.bytes).get('word/document.xml')!.toString('utf8');
    const paragraphOf = (text: string) => new RegExp(`<w:p>(?:(?!</w:p>).)*${text}(?:(?!</w:p>).)*</w:p>`, 's').exec(xml)?.[0] ?? '';
    expect(paragraphOf('Dredging starts in May.')).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr>\s*<w:ins [^>]*w:author="Rae Reviewer"[^>]*w:date="2026-12-07T10:00:00.000Z"/s);
    expect(paragraphOf('The port pays')).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr>\s*<w:del [^>]*w:author="Rae Reviewer"/s);
    expect(paragraphOf('Costs are shared.')).not.toMatch(/<w:ins |<w:del /);
  });
});

describe('a note with a suggested move', () => {
  const template = loadTemplate('01-decision-note');
  const moveSide = (side: 'from' | 'to', node: SerializedNode): SerializedNode => ({
    ...node,
    $: { suggestedMove: { suggestionId: 'm1', side, author, createdAt: '2026-12-07T10:00:00.000Z' } },
  });
  const body = [
    headingNode('h2', 'Summary'),
    moveSide('from', paragraphNode([textNode('Costs are shared.')])),
    paragraphNode([textNode('Dredging starts in May.')]),
    moveSide('to', paragraphNode([textNode('Costs are shared.')])),
  ];
  const note = { ...newNote(template, 'dredging', new Date('2026-12-07T09:00:00Z'), { subject: 'Harbour dredging' }), body: editorState(body) };

  it('is written as format 7, listed once, and printed with the block where it was moved to', () => {
    expect(withFormatVersion(note).formatVersion).toBe(7);
    expect(blockSuggestionsIn(body)).toMatchObject([{ suggestionId: 'm1', moved: true, text: 'Costs are shared.' }]);
    const html = noteToPrintHtml(note);
    expect(html.indexOf('Costs are shared.')).toBeGreaterThan(html.indexOf('Dredging starts in May.'));
    expect(html.split('Costs are shared.')).toHaveLength(2);
  });

  it('goes into the DOCX as a deleted paragraph where it was and inserted text where it went', async () => {
    const docx = await renderNoteDocx(note, { version: '9.9.9' });
    const xml = zipEntries(docx.bytes).get('word/document.xml')!.toString('utf8');
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*Costs are shared\.(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((match) => match[0]);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr>\s*<w:del [^>]*w:author="Rae Reviewer"/s);
    expect(paragraphs[0]).toMatch(/<w:del [^>]*>\s*<w:r>(?:(?!<\/w:r>).)*<w:delText[^>]*>Costs are shared\.<\/w:delText>/s);
    expect(paragraphs[1]).toMatch(/<w:ins [^>]*w:author="Rae Reviewer"[^>]*>\s*<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>Costs are shared\.<\/w:t>/s);
    const { value: accepted } = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
    expect(accepted.indexOf('Costs are shared.')).toBeGreaterThan(accepted.indexOf('Dredging starts in May.'));
  });
});
