import crypto from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProposal } from '../../../../../common/libraryImport';
import type { Result } from '../../../../../common/result';
import type { Backend } from '../../../../../electron/services/bootstrap';
import { callMethod } from '../../../../support/callMethod';
import { warmImportHelpers } from '../../../../support/importHelperThread';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';
import { ARTICLE_PARAGRAPHS, DOCX_PARAGRAPHS, PDF_PARAGRAPHS, docxArticle, htmlArticle, htmlOnlyScripts, pdfArticle, pdfEncrypted, pdfScanned } from '../../../../support/importFixtures';

let dataDir: string;
let backend: Backend;
// The helper threads are started once for the file: imports of PDFs, Word documents and web pages wait for them.
beforeAll(warmImportHelpers, 120_000);
beforeEach(() => {
  dataDir = makeTempDir('brieflink-import-');
  backend = startTestBackend(dataDir);
});
afterEach(async () => {
  await backend.close();
  removeTempDir(dataDir);
});

const b64 = (data: Uint8Array | string) => Buffer.from(data).toString('base64');
const importFile = (fileName: string, data: Uint8Array | string) =>
  callMethod(backend.handlers, 'library.importFile', { fileName, dataBase64: b64(data) });
const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
async function libraryCount(): Promise<number> {
  return value(await callMethod(backend.handlers, 'library.search', { query: '', limit: 200 })).length;
}

describe('importing good files', () => {
  it('keeps a page\'s address as its link without a user name and password written into it', async () => {
    const proposal = value(await importFile('wire.html', htmlArticle({ url: 'https://editor:secret@wire.example/sensors' })));
    expect(proposal.fields.url).toBe('https://wire.example/sensors');
  });

  it('reads a saved web page: title and publisher from its metadata, article text only, no script', async () => {
    const proposal = value(await importFile('wire.html', htmlArticle({ url: 'https://wire.example/sensors' })));
    expect(proposal.fileName).toBe('wire.html');
    expect(proposal.fields).toMatchObject({
      title: 'Ministry of Trade sets tiered licences for sensor exports',
      publisher: 'Policy Wire',
      author: 'Dana Example',
      publishedDate: '2025-09-14',
      url: 'https://wire.example/sensors',
      // "The Ministry of Trade announced on Tuesday a new licensing regime": read from the text.
      status: 'announced',
    });
    // Each proposed field says where it came from; a date the page states is not in doubt.
    expect(proposal.evidence?.fields.publisher).toEqual({ text: 'the page’s own site name', unsure: false });
    expect(proposal.evidence?.fields.publishedDate?.unsure).toBe(false);
    expect(proposal.evidence?.fields.status?.text).toContain('announced');
    expect(proposal.fields.fullText).toContain(ARTICLE_PARAGRAPHS[0]);
    expect(proposal.fields.fullText).not.toMatch(/alert|script|onclick|onerror|cookie|javascript:|Home News|Copyright/i);
  });

  it('marks a proposal as machine-made, and keeps that provenance when saved unreviewed', async () => {
    const proposal = value(await importFile('wire.html', htmlArticle()));
    expect(proposal.fields.summaryProvenance).toBe('machine');
    expect(proposal.fields.keyPointsProvenance).toBe('machine');
    const saved = value(await callMethod(backend.handlers, 'library.saveImport', { action: 'keep both', fields: proposal.fields }));
    expect(saved).toMatchObject({ summaryProvenance: 'machine', revision: 1 });
    const review = value(await callMethod(backend.handlers, 'library.search', { query: '', filters: { needsReview: true } }));
    expect(review.map((hit) => hit.id)).toEqual([saved.id]);
  });

  it('gives key points stable ids that are unique', async () => {
    const { fields } = value(await importFile('wire.html', htmlArticle()));
    const ids = fields.keyPoints.map((point) => point.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^kp-\d+/);
  });

  it('reads a Word document', async () => {
    const proposal = value(await importFile('guidance.docx', await docxArticle()));
    expect(proposal.fields.fullText).toContain('Data protection authority issues guidance on cloud transfers');
    expect(proposal.fields.fullText).toContain(DOCX_PARAGRAPHS[1]);
  });

  it('reads a PDF with its title and creation date, one paragraph per paragraph', async () => {
    const proposal = value(await importFile('call.pdf', await pdfArticle()));
    expect(proposal.fields.title).toBe('Semiconductor subsidy programme opens second call');
    expect(proposal.fields.publishedDate).toBe('2025-07-01');
    expect(proposal.fields.fullText.split('\n\n')).toContain(PDF_PARAGRAPHS[1]);
  });

  it('reads text and Markdown, taking a Markdown heading as the title', async () => {
    const md = value(await importFile('note.md', `# Tariff notice\n\nSome **bold** text and a [link](https://x.example).\n`));
    expect(md.fields.title).toBe('Tariff notice');
    expect(md.fields.fullText).toContain('Some bold text and a link.');
    const txt = value(await importFile('note.txt', 'Plain title\r\n\r\nA first paragraph.\r\n'));
    expect(txt.fields.fullText).toBe('Plain title\n\nA first paragraph.');
  });

  it('imports pasted text', async () => {
    const proposal = value(await callMethod(backend.handlers, 'library.importText', { text: ARTICLE_PARAGRAPHS.join('\n\n') }));
    expect(proposal.fileName).toBeNull();
    expect(proposal.fields.fullText).toBe(ARTICLE_PARAGRAPHS.join('\n\n'));
  });
});

describe('bad input: a specific message for each file, and nothing reaches the library', () => {
  const cases: Array<[string, () => Promise<Uint8Array | string>, RegExp]> = [
    ['empty.txt', async () => '', /^empty\.txt: this file is empty\.$/],
    ['blank.txt', async () => '  \n\n \t\n', /^blank\.txt: this file has no text in it/],
    ['junk.txt', async () => crypto.randomBytes(4096), /^junk\.txt: this file contains binary data, not text/],
    ['latin1.txt', async () => Buffer.from('Caf\xe9 cr\xe8me and na\xefve text about tariffs', 'latin1'), /^latin1\.txt: this file is not valid UTF-8 text/],
    ['scripts.html', async () => htmlOnlyScripts(), /^scripts\.html: this page has no readable text once scripts and markup are removed/],
    ['scan.pdf', pdfScanned, /^scan\.pdf: this PDF has no text layer; it looks like a scanned image/],
    ['locked.pdf', pdfEncrypted, /^locked\.pdf: this PDF is encrypted \(password-protected\)/],
    ['broken.pdf', async () => '%PDF-1.7\nnot really a pdf', /^broken\.pdf: this file is damaged or is not a PDF/],
    ['damaged.docx', async () => (await docxArticle()).slice(0, 300), /^damaged\.docx: this Word document is damaged or is not a \.docx file/],
    ['slides.pptx', async () => 'x', /^slides\.pptx: Brieflink imports \.txt, \.md, \.html, \.htm, \.pdf, \.docx files; this one is \.pptx/],
  ];

  it.each(cases)('%s', async (fileName, make, message) => {
    const before = await libraryCount();
    const result = await importFile(fileName, await make());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('IMPORT_FAILED');
      expect(result.error.message).toMatch(message);
    }
    expect(await libraryCount()).toBe(before);
  });

  it('refuses a 50 MB file by its size, before decoding it', async () => {
    const dataBase64 = 'A'.repeat(Math.ceil((50 * 1024 * 1024 * 4) / 3));
    const result = await callMethod(backend.handlers, 'library.importFile', { fileName: 'huge.txt', dataBase64 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_FAILED', message: 'huge.txt: this file is 50.0 MB; the largest file Brieflink imports is 5.0 MB.' },
    });
  });

  it('refuses empty pasted text', async () => {
    expect(await callMethod(backend.handlers, 'library.importText', { text: ' \n ' })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_FAILED', message: 'Pasted text: there is no text to import.' },
    });
  });

  it('goes on with the batch after a bad file', async () => {
    const results = [];
    for (const [name, data] of [['a.txt', ''], ['b.html', htmlArticle()], ['c.txt', crypto.randomBytes(100)]] as const) {
      results.push((await importFile(name, data)).ok);
    }
    expect(results).toEqual([false, true, false]);
  });
});

describe('duplicates on import', () => {
  async function saved(proposal: ImportProposal) {
    return value(await callMethod(backend.handlers, 'library.saveImport', { action: 'keep both', fields: proposal.fields }));
  }

  it('reports an entry with the same URL, and one with near-identical text', async () => {
    const first = await saved(value(await importFile('wire.html', htmlArticle({ url: 'https://wire.example/a' }))));
    const sameUrl = value(await importFile('again.html', htmlArticle({ url: 'https://wire.example/a', title: 'Another headline' })));
    expect(sameUrl.duplicates).toEqual([{ id: first.id, title: first.title, reason: 'same URL', similarity: 1 }]);
    const sameText = value(await importFile('copy.html', htmlArticle({ title: 'A copied headline' })));
    expect(sameText.duplicates).toMatchObject([{ id: first.id, reason: 'near-identical text' }]);
    const other = value(await callMethod(backend.handlers, 'library.importText', { text: 'An unrelated note about fisheries quotas for the coming northern season, agreed by ministers.' }));
    expect(other.duplicates).toEqual([]);
  });

  it('replaces the existing entry (a new revision, the old one kept) or keeps both', async () => {
    const first = await saved(value(await importFile('wire.html', htmlArticle({ url: 'https://wire.example/a' }))));
    const again = value(await importFile('again.html', htmlArticle({ url: 'https://wire.example/a', title: 'Updated headline' })));
    const before = await libraryCount();
    const replaced = value(
      await callMethod(backend.handlers, 'library.saveImport', { action: 'replace', replaceId: first.id, fields: again.fields }),
    );
    expect(replaced).toMatchObject({ id: first.id, title: 'Updated headline', revision: 2 });
    expect(await libraryCount()).toBe(before);
    const revisions = value(await callMethod(backend.handlers, 'library.revisions', { id: first.id }));
    expect(revisions.map((r) => r.development.title)).toEqual([first.title]);
    await saved(again);
    expect(await libraryCount()).toBe(before + 1);
  });

  it('refuses to replace an entry that is not there, and saves nothing', async () => {
    const proposal = value(await importFile('wire.html', htmlArticle()));
    const before = await libraryCount();
    const result = await callMethod(backend.handlers, 'library.saveImport', { action: 'replace', replaceId: 'missing-entry', fields: proposal.fields });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await libraryCount()).toBe(before);
  });
});
