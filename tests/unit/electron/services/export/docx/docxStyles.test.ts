import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode, TEXT_FORMAT } from '../../../../../../common/editorState';
import { newNote, type Note } from '../../../../../../common/note';
import { templateSchema, type Template } from '../../../../../../common/template';
import { renderNoteDocx } from '../../../../../../electron/services/export/exportDocx';
import { zipEntries } from '../../../../../support/zipEntries';

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../../../../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const OPTIONS = { version: '9.9.9', author: { name: 'Alex Writer', organisation: '' } };

async function exported(template: Template): Promise<Map<string, string>> {
  const note: Note = newNote(template, 'docx-styles', new Date('2026-03-01T12:00:00Z'), { subject: 'Rural broadband' });
  note.body = editorState([
    headingNode('h2', 'Summary'),
    paragraphNode([textNode('Plain words, then '), textNode('bold ones', TEXT_FORMAT.bold), textNode('.')]),
    headingNode('h3', 'Detail'),
  ]);
  const file = await renderNoteDocx(note, OPTIONS);
  return new Map([...zipEntries(file.bytes)].map(([name, data]) => [name, data.toString('utf8')]));
}

/** The XML of the <w:style> with this id. */
function style(styles: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!match) throw new Error(`no style ${id}`);
  return match[0];
}

const sizeIn = (xml: string) => Number(/<w:sz w:val="(\d+)"\/>/.exec(xml)?.[1]);
/** `<w:b/>` or `<w:b w:val="true"/>`: on. */
const boldIn = (xml: string) => /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(xml);

describe('the DOCX says in its styles what LibreOffice needs to look like the PDF', () => {
  it.each([
    ['01-decision-note', 12],
    ['02-information-note', 11],
  ])('%s: headings bold, black and sized as the print CSS; body spacing set in the document defaults', async (name, points) => {
    const parts = await exported(loadTemplate(name));
    const styles = parts.get('word/styles.xml') ?? '';
    for (const [id, scale] of [['Heading1', 1.5], ['Heading2', 1.25], ['Heading3', 1.1]] as const) {
      const heading = style(styles, id);
      expect(boldIn(heading), id).toBe(true);
      expect(heading).toContain('<w:color w:val="000000"/>');
      expect(sizeIn(heading), id).toBe(Math.round(points * scale * 2));
      expect(heading).toContain('<w:keepNext/>');
      // 1em of the heading's own size above it (none above the title), 0.4em below.
      expect(heading).toMatch(new RegExp(`<w:spacing [^>]*w:after="${Math.round(points * scale * 0.4 * 20)}" w:before="${id === 'Heading1' ? 0 : Math.round(points * scale * 20)}"`));
    }
    // Normal exists, so the heading styles' basedOn="Normal" leads somewhere.
    expect(style(styles, 'Normal')).toContain('<w:name w:val="Normal"/>');
    // Quote is defined, indented as the PDF's quotes, so Word keeps its id whatever its language.
    expect(style(styles, 'Quote')).toMatch(/<w:basedOn w:val="Normal"\/>[\s\S]*<w:ind w:left="720"\/>/);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    // 0.6em after each paragraph, lines 1.3 times the font size, in twentieths of a point.
    expect(defaults).toMatch(new RegExp(`<w:spacing [^>]*w:after="${Math.round(points * 0.6 * 20)}"`));
    expect(defaults).toMatch(new RegExp(`<w:spacing [^>]*w:line="${Math.round(points * 1.3 * 20)}" w:lineRule="atLeast"`));
    expect(sizeIn(defaults)).toBe(points * 2);
  });

  it('leaves a run’s weight to its style unless the text is bold: no explicit "not bold" that would undo a heading', async () => {
    const document = (await exported(loadTemplate('01-decision-note'))).get('word/document.xml') ?? '';
    expect(document).not.toMatch(/<w:b w:val="(?:false|0|off)"\/>/);
    expect(document).not.toMatch(/<w:i w:val="(?:false|0|off)"\/>/);
    const boldRun = /<w:r>(?:(?!<\/w:r>)[\s\S])*bold ones(?:(?!<\/w:r>)[\s\S])*<\/w:r>/.exec(document)?.[0] ?? '';
    expect(boldIn(boldRun)).toBe(true);
  });

  it('gives the footer’s PAGE and NUMPAGES fields, their results included, the size of the word "Page"', async () => {
    const parts = await exported(loadTemplate('01-decision-note'));
    const footers = [...parts].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      const runs = [...footer.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map(([run]) => run);
      const page = runs.find((run) => /<w:t[^>]*>Page <\/w:t>/.test(run));
      expect(page).toBeDefined();
      const fieldRuns = runs.filter((run) => /<w:fldChar|<w:instrText/.test(run));
      // Begin, instruction, separator and end of each of the two fields.
      expect(fieldRuns).toHaveLength(8);
      expect(fieldRuns.filter((run) => run.includes('<w:instrText')).map((run) => /<w:instrText[^>]*>([^<]*)</.exec(run)?.[1]?.trim())).toEqual(['PAGE', 'NUMPAGES']);
      // The field results sit between each separator and end.
      const resultRuns = runs.filter((_, index) => index > 0 && /w:fldCharType="separate"/.test(runs[index - 1]));
      expect(resultRuns).toHaveLength(2);
      const ofRun = runs.find((run) => /<w:t[^>]*> of <\/w:t>/.test(run));
      for (const run of [...fieldRuns, ...resultRuns, ofRun ?? '']) expect(sizeIn(run)).toBe(sizeIn(page ?? ''));
    }
  });
});
