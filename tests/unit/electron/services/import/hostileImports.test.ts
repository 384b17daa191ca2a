import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../common/result';
import { checkZipBounds, ZIP_LIMITS } from '../../../../../electron/services/import/zipBounds';
import { callMethod } from '../../../../support/callMethod';
import { warmImportHelpers } from '../../../../support/importHelperThread';
import { docxBomb, docxManyParts, docxUnderstated, pdfManyPages } from '../../../../support/hostileFiles';
import { useTestBackend } from '../../../../support/testBackend';
import { zipArchive, zipFile } from '../../../../support/zipArchive';

const workspace = useTestBackend();
// The helper threads are started once for the file: imports of PDFs, Word documents and web pages wait for them.
beforeAll(warmImportHelpers, 120_000);

const importFile = (fileName: string, data: Uint8Array) =>
  callMethod(workspace.backend.handlers, 'library.importFile', { fileName, dataBase64: Buffer.from(data).toString('base64') });

function refusal(result: Result<unknown>): string {
  if (result.ok) throw new Error('the file was imported');
  expect(result.error.code).toBe('IMPORT_FAILED');
  return result.error.message;
}

/**
 * Imports a file while other calls keep coming, as a window does while it waits: returns the
 * import's result and how many of those calls were answered before it.
 */
async function importWhileAsking(fileName: string, data: Uint8Array): Promise<{ result: Result<unknown>; answeredMeanwhile: number }> {
  let settled = false;
  const importing = importFile(fileName, data).finally(() => {
    settled = true;
  });
  let answeredMeanwhile = 0;
  while (!settled) {
    const answer = await Promise.race([callMethod(workspace.backend.handlers, 'library.topics', {}), importing.then(() => null)]);
    if (answer && answer.ok && !settled) answeredMeanwhile++;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { result: await importing, answeredMeanwhile };
}

describe('a Word document zip bomb', () => {
  it('(1.4 MB unpacking to 450 MB of tiny paragraphs) is refused by its stated size before anything is inflated, while other calls are answered', async () => {
    const bomb = await docxBomb(450);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const { result, answeredMeanwhile } = await importWhileAsking('bomb.docx', bomb);
    expect(refusal(result)).toBe('bomb.docx: its part "word/document.xml" unpacks to 450.0 MB; the limit for one part is 32.0 MB.');
    expect(answeredMeanwhile).toBeGreaterThan(0);
    // A smaller bomb, within the size limit for a part, is refused by how tightly it is packed.
    expect(refusal(await importFile('small-bomb.docx', await docxBomb(20)))).toMatch(
      /^small-bomb\.docx: its part "word\/document\.xml" unpacks to \d{3,} times its packed size; Brieflink refuses parts packed more than 100 to 1, as zip bombs are\.$/,
    );
    // The first import of the file starts the helper threads, from source here: seconds on a busy machine.
  }, 120_000);

  it('whose text part states a small size and unpacks to 40 MB is refused once it passes what it states', async () => {
    const message = refusal(await importFile('liar.docx', await docxUnderstated(40, 1_000_000)));
    expect(message).toBe('liar.docx: its part "word/document.xml" unpacks to more than the 977 KB it states, as zip bombs do; it was not read.');
  });

  it('with more parts than the limit is refused by their count', async () => {
    const message = refusal(await importFile('parts.docx', await docxManyParts(ZIP_LIMITS.entries)));
    expect(message).toMatch(/^parts\.docx: this Word document holds 10\d\d parts; Brieflink reads documents of at most 1000 parts\.$/);
  });

  it('is refused by the size of one part, or of all parts together, as stated', () => {
    // Random bytes barely pack, so only the stated sizes are over a limit.
    const noise = (name: string, declaredSize: number) => ({ ...zipFile(name, crypto.randomBytes(500_000)), declaredSize });
    expect(() => checkZipBounds(zipArchive([noise('word/document.xml', 40 * 1024 * 1024)]), 'big.docx')).toThrow(
      'big.docx: its part "word/document.xml" unpacks to 40.0 MB; the limit for one part is 32.0 MB.',
    );
    const parts = [1, 2, 3].map((n) => noise(`word/media/image${n}.bin`, 30 * 1024 * 1024));
    expect(() => checkZipBounds(zipArchive(parts), 'many.docx')).toThrow('many.docx: it unpacks to 90.0 MB; the limit for a Word document is 64.0 MB unpacked.');
  });

  it('that is no zip archive at all, or a truncated one, is refused as damaged', async () => {
    const real = await docxBomb(1);
    for (const bytes of [new TextEncoder().encode('not a zip'), real.subarray(0, real.length - 200), real.subarray(200)]) {
      expect(refusal(await importFile('broken.docx', bytes))).toBe('broken.docx: this Word document is damaged or is not a .docx file.');
    }
  });
});

describe('a file holding more text than a library entry keeps', () => {
  it('is refused by that limit, before its text is examined', async () => {
    // 5.2 million characters in a file just under the 5 MB size limit.
    const text = new TextEncoder().encode('Words of a long report. '.repeat(218_000));
    expect(text.length).toBeLessThan(5 * 1024 * 1024);
    expect(refusal(await importFile('dense.txt', text))).toBe(
      'dense.txt: it holds 5.2 million characters of text; a library entry keeps at most 5 million. Import a shorter file, or paste the part you need.',
    );
  });
});

describe('a PDF of 20,000 pages under the size limit', () => {
  it('is refused by its page count while other calls are answered throughout, and the next PDF still imports', async () => {
    const pdf = pdfManyPages(20_000);
    expect(pdf.length).toBeLessThan(5 * 1024 * 1024);
    const { result, answeredMeanwhile } = await importWhileAsking('long.pdf', pdf);
    expect(refusal(result)).toBe('long.pdf: this PDF has 20000 pages; Brieflink imports PDFs of at most 2000 pages. Save the pages you need as a smaller PDF.');
    expect(answeredMeanwhile).toBeGreaterThan(0);
    const next = await importFile('short.pdf', pdfManyPages(3));
    expect(next.ok && next.value.fields.fullText).toContain('Page 3 of many.');
  });
});
