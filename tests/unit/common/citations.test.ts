import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectCitations, findSnippets, freezeLinks } from '../../../common/citations';
import { editorState, paragraphNode, textNode, type SerializedNode } from '../../../common/editorState';
import { newNote, noteSchema, type Note } from '../../../common/note';
import { noteToPrintHtml } from '../../../common/print/printHtml';
import { templateSchema } from '../../../common/template';
import { renderNoteDocx } from '../../../electron/services/export/exportDocx';
import { snippetNode } from '../../support/snippetNodes';
import { wordText, zipEntries } from '../../support/zipEntries';

const template = templateSchema.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../templates/01-decision-note.json', import.meta.url)), 'utf8')),
);

function noteWith(body: SerializedNode[], citationStyle?: 'numbered' | 'none'): Note {
  const note = newNote(template, 'cite-test', new Date('2026-03-01T12:00:00Z'), { subject: 'Citations' });
  note.body = editorState(body);
  if (citationStyle) note.settings = { citationStyle };
  return note;
}

const alpha = (id: string, text: string) => snippetNode({ id, developmentId: 'alpha', text, title: 'Alpha Act', publisher: 'Parliament' });
const beta = (id: string, text: string) =>
  snippetNode({ id, developmentId: 'beta', text, title: 'Beta <Rules> & "more"', url: 'javascript:alert(1)' });
const damaged: SerializedNode = { type: 'linked-snippet', version: 1, snippet: { formatVersion: 1, id: 'x' }, children: [textNode('Damaged text')] };
const newer: SerializedNode = {
  type: 'linked-snippet',
  version: 1,
  snippet: { ...(alpha('n1', '').snippet as object), formatVersion: 2, source: { developmentId: 'gamma' } },
  children: [textNode('Newer text')],
};

const mixedBody = [
  paragraphNode([textNode('First '), beta('s1', 'beta says'), textNode(' then '), alpha('s2', 'alpha says')]),
  { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [beta('s3', 'beta again'), damaged, newer]}] },
];

describe('citations', () => {
  it('numbers sources in order of first citation, each once, and skips damaged and newer snippets', () => {
    const citations = collectCitations(mixedBody);
    expect(citations.sources.map((entry) => [entry.number, entry.source.developmentId])).toEqual([
      [1, 'beta'],
      [2, 'alpha'],
    ]);
    expect(citations.snippets).toEqual([
      { snippetId: 's1', position: 0, number: 1 },
      { snippetId: 's2', position: 1, number: 2 },
      { snippetId: 's3', position: 2, number: 1 },
      { snippetId: null, position: 3, number: null },
      { snippetId: null, position: 4, number: null },
    ]);
    const found = findSnippets(mixedBody);
    expect(found[3].problem).toMatch(/damaged/);
    expect(found[4].problem).toMatch(/newer version/);
    expect(found[4].text).toBe('Newer text');
  });

  it("numbers nothing with the 'none' style", () => {
    const citations = collectCitations(mixedBody, 'none');
    expect(citations.sources).toEqual([]);
    expect(citations.snippets.every((entry) => entry.number === null)).toBe(true);
  });

  it('prints markers and an escaped Sources list; only http(s) URLs become links', () => {
    const html = noteToPrintHtml(noteWith(mixedBody));
    expect(html).toContain('beta says<sup class="citation"><a href="#source-1" aria-label="Source 1">[1]</a></sup>');
    expect(html).toContain('alpha says<sup class="citation"><a href="#source-2"');
    expect(html).toContain('beta again<sup class="citation"><a href="#source-1"');
    expect(html).toContain('Damaged textNewer text</li>');
    expect(html).toContain('Newer text');
    expect(html).not.toContain('source-3');
    // The decision note puts its sources in an annex, on a page of its own.
    expect(html).toContain('<section class="sources annex" aria-labelledby="sources-heading"><h2 id="sources-heading">Annex: Sources</h2>');
    expect(html).toContain('<li id="source-1" value="1">Beta &lt;Rules&gt; &amp; &quot;more&quot;. Publisher, 2026-02-01. javascript:alert(1)</li>');
    expect(html).toContain('<li id="source-2" value="2">Alpha Act. Parliament, 2026-02-01. <a href="https://example.org/alpha">');
    expect(html).not.toContain('href="javascript');
  });

  it("prints no markers and no Sources list with the 'none' style, frozen or not", () => {
    const html = noteToPrintHtml(noteWith(mixedBody, 'none'));
    expect(html).toContain('beta says');
    expect(html).not.toContain('class="citation"');
    expect(html).not.toContain('Sources');
    const frozen = noteToPrintHtml(noteWith(freezeLinks(editorState(mixedBody)).root.children));
    expect(frozen).toContain('beta says<sup class="citation"><a href="#source-1"');
  });

  it('has markers and the Sources section in the DOCX', async () => {
    const file = await renderNoteDocx(noteWith(mixedBody), { version: 'test' });
    const xml = zipEntries(file.bytes).get('word/document.xml')!.toString('utf8');
    const text = wordText(xml);
    expect(text).toMatch(/beta says\s*\[1\][\s\S]*alpha says\s*\[2\][\s\S]*beta again\s*\[1\]/);
    expect(text).toMatch(/Sources[\s\S]*1\. Beta <Rules> & (?:"|&quot;)more(?:"|&quot;)\. Publisher, 2026-02-01\. javascript:alert\(1\)[\s\S]*2\. Alpha Act\. Parliament/);
    expect(xml).toContain('<w:vertAlign w:val="superscript"/>');
    const none = await renderNoteDocx(noteWith(mixedBody, 'none'), { version: 'test' });
    expect(wordText(zipEntries(none.bytes).get('word/document.xml')!.toString('utf8'))).not.toContain('Sources');
  });

  it('freezes every snippet, keeping text and source data, without touching the input', () => {
    const body = editorState(mixedBody);
    const frozen = freezeLinks(body);
    const found = findSnippets(frozen.root.children);
    expect(found.map((snippet) => snippet.frozen)).toEqual([true, true, true, true, true]);
    expect(found.map((snippet) => snippet.text)).toEqual(findSnippets(body.root.children).map((snippet) => snippet.text));
    expect(collectCitations(frozen.root.children)).toEqual(collectCitations(body.root.children));
    expect(findSnippets(body.root.children)[0].frozen).toBe(false);
  });

  it('keeps older notes valid: settings are optional', () => {
    const note = noteWith(mixedBody);
    expect(noteSchema.parse(note).settings).toBeUndefined();
    expect(noteSchema.parse({ ...note, settings: {} }).settings).toEqual({ citationStyle: 'numbered' });
    expect(noteSchema.safeParse({ ...note, settings: { citationStyle: 'footnotes' } }).success).toBe(false);
  });
});
