import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePdfPagesHelper } from '../../electron/services/import/pdfPagesHelper';
import { readPdf } from '../../electron/services/import/readPdf';
import { pdfEncrypted, pdfPages } from '../support/importFixtures';
import { readyPdfHelper } from '../support/pdfHelperThread';

/** The helper thread from its TypeScript source (the app starts the built one, out/main/pdfTextWorker.js). */
const SOURCE = new URL('../../electron/services/import/pdfTextWorker.ts', import.meta.url).href;
const fromSource = () => new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(SOURCE)}); })`, { eval: true });

/** A stand-in helper thread: says it is ready, then answers each request with `onRequest` (JavaScript source). */
function fakeHelper(onRequest: string): Worker {
  return new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.postMessage({ ready: true });
     parentPort.on('message', ${onRequest});`,
    { eval: true },
  );
}

afterEach(() => {
  usePdfPagesHelper(null);
  vi.restoreAllMocks();
});

describe('reading a PDF with the helper thread', () => {
  it('hands the second half of a long PDF to the helper and reads the same text as alone', async () => {
    const pdf = await pdfPages(9);
    const alone = await readPdf(pdf, 'nine.pdf');
    const requests = await readyPdfHelper(fromSource);
    const helped = await readPdf(pdf, 'nine.pdf');
    expect(requests).toEqual([{ first: 6, last: 9 }]);
    expect(helped).toEqual(alone);
    expect(helped.text.indexOf('Page 5.')).toBeLessThan(helped.text.indexOf('Page 6.'));
    expect(helped.text).toContain('Line 40 of page 9');
  });

  it('reads a short PDF without it', async () => {
    const requests = await readyPdfHelper(fromSource);
    const text = (await readPdf(await pdfPages(3), 'three.pdf')).text;
    expect(requests).toEqual([]);
    expect(text).toContain('Line 40 of page 3');
  });

  it('still refuses an encrypted PDF by name', async () => {
    await readyPdfHelper(fromSource);
    await expect(readPdf(await pdfEncrypted(), 'locked.pdf')).rejects.toThrow(/^locked\.pdf: this PDF is encrypted/);
  });

  it('reads the pages itself when the helper answers with an error', async () => {
    const failing = () => fakeHelper("({ id }) => parentPort.postMessage({ id, error: 'cannot read that page' })");
    const pdf = await pdfPages(8);
    const alone = await readPdf(pdf, 'eight.pdf');
    const requests = await readyPdfHelper(failing);
    expect(await readPdf(pdf, 'eight.pdf')).toEqual(alone);
    expect(requests).toEqual([{ first: 5, last: 8 }]);
  });

  it.each([
    ['throws', "throw new Error('helper crashed')", 'helper crashed'],
    ['exits', 'process.exit(3)', 'exit code 3'],
  ])('reads the pages itself when the helper thread %s mid-PDF, and does not start it again', async (_, death, logged) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let started = 0;
    // Answers the probe that finds it ready, and dies on the next request.
    const dying = () => {
      started++;
      return fakeHelper(`(() => {
        let requests = 0;
        return ({ id, first, last }) => {
          if (++requests > 1) { ${death}; }
          parentPort.postMessage({ id, pages: Array.from({ length: last - first + 1 }, () => 'probe') });
        };
      })()`);
    };
    const pdf = await pdfPages(8);
    const alone = await readPdf(pdf, 'eight.pdf');
    const requests = await readyPdfHelper(dying);
    expect(await readPdf(pdf, 'eight.pdf')).toEqual(alone);
    expect(requests).toEqual([{ first: 5, last: 8 }]);
    expect(await readPdf(pdf, 'eight.pdf')).toEqual(alone);
    expect(requests).toHaveLength(1);
    expect(started).toBe(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining(logged));
  });
});
