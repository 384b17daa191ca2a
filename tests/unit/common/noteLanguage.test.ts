import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { editorState, paragraphNode, textNode, type SerializedNode } from '../../../common/editorState';
import { newNote, noteSchema, withFormatVersion, type Note } from '../../../common/note';
import { noteLanguage } from '../../../common/noteLanguage';
import { LANGUAGE_SPAN_NODE_TYPE } from '../../../common/noteLanguageFormat';
import { noteToPrintHtml } from '../../../common/print/printHtml';
import { applySettingsPatch, DEFAULT_SETTINGS, settingsPatchSchema } from '../../../common/settings';
import { templateSchema, type Template } from '../../../common/template';
import { renderNoteDocx } from '../../../electron/services/export/exportDocx';
import { documentInfo } from '../../../electron/services/export/exportPdf';
import { finishPdf } from '../../../electron/services/export/pdfMetadata';
import { zipEntries } from '../../support/zipEntries';

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const NOW = new Date('2026-03-01T12:00:00Z');
const OPTIONS = { version: '9.9.9', author: { name: 'Alex Writer', organisation: '' } };

function note(language?: Note['language']): Note {
  return newNote(loadTemplate('01-decision-note'), 'lang-note', NOW, { subject: 'Programme' }, language);
}

function span(lang: string, text: string): SerializedNode {
  return { type: LANGUAGE_SPAN_NODE_TYPE, version: 1, lang, format: '', indent: 0, direction: null, children: [textNode(text)] };
}

/** The note file as written and read back, the way the note service does it. */
function roundTrip(value: Note): Note {
  return noteSchema.parse(JSON.parse(JSON.stringify(withFormatVersion(value))));
}

describe('the note file keeps its language', () => {
  it('reads a note written before languages as Canadian English', () => {
    const old = note('fr-CA');
    delete old.language;
    const read = noteSchema.parse({ ...old, formatVersion: 3 });
    expect(read.language).toBeUndefined();
    expect(noteLanguage(read)).toBe('en-CA');
  });

  it('writes Canadian English as before (format 1, no key), so older versions keep editing it', () => {
    const written = withFormatVersion(note('en-CA'));
    expect(written.formatVersion).toBe(1);
    expect('language' in written).toBe(false);
    expect(noteLanguage(roundTrip(note('en-CA')))).toBe('en-CA');
  });

  it('writes another language as format 4, which format 3 versions open read-only instead of dropping it', () => {
    const written = withFormatVersion(note('fr-CA'));
    expect(written.formatVersion).toBe(4);
    expect(noteLanguage(roundTrip(note('fr-CA')))).toBe('fr-CA');
  });

  it('writes a body with a marked passage as format 4 and keeps the passage', () => {
    const value = note();
    value.body = editorState([paragraphNode([textNode('Le titre '), span('en-CA', 'Rural Broadband'), textNode('.')])]);
    const read = roundTrip(value);
    expect(read.formatVersion).toBe(4);
    expect(read.body.root.children[0]?.children?.[1]).toMatchObject({ type: LANGUAGE_SPAN_NODE_TYPE, lang: 'en-CA' });
  });

  it('refuses a language the app does not offer', () => {
    expect(noteSchema.safeParse({ ...note(), language: 'de-DE' }).success).toBe(false);
  });
});

describe('the default language of new notes is a setting', () => {
  it('defaults to Canadian English and takes another supported language', () => {
    expect(DEFAULT_SETTINGS.defaultLanguage).toBe('en-CA');
    expect(applySettingsPatch(DEFAULT_SETTINGS, { defaultLanguage: 'fr-FR' }).defaultLanguage).toBe('fr-FR');
    expect(settingsPatchSchema.safeParse({ defaultLanguage: 'xx' }).success).toBe(false);
  });
});

describe('print declares the note and passage languages', () => {
  it('puts the note language on <html> and a marked passage in <span lang>', () => {
    const value = note('fr-CA');
    value.body = editorState([paragraphNode([textNode('Le rapport '), span('en-CA', 'Rural Broadband'), textNode(' est prêt.')])]);
    const html = noteToPrintHtml(value);
    expect(html).toContain('<html lang="fr-CA">');
    expect(html).toContain('<span lang="en-CA">Rural Broadband</span>');
  });

  it('prints a passage with an unknown tag as plain text, never the tag', () => {
    const value = note();
    value.body = editorState([paragraphNode([span('x" onload="y', 'odd')])]);
    const html = noteToPrintHtml(value);
    expect(html).toContain('odd');
    expect(html).not.toContain('onload');
    expect(html).toContain('<html lang="en-CA">');
  });
});

describe('the exported files declare the language', () => {
  it('sets the PDF catalog /Lang', async () => {
    const blank = await PDFDocument.create();
    blank.addPage();
    const { bytes } = await finishPdf(await blank.save(), documentInfo(note('fr-FR'), OPTIONS));
    const read = await PDFDocument.load(bytes);
    const lang = read.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe('fr-FR');
  });

  it("writes w:lang in the DOCX's run defaults", async () => {
    const file = await renderNoteDocx(note('fr-CA'), OPTIONS);
    const styles = zipEntries(file.bytes).get('word/styles.xml')?.toString('utf8') ?? '';
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:lang w:val="fr-CA"\/>/);
  });
});
