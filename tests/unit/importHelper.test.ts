import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractDevelopment, extractDevelopmentAlongside } from '../../common/extract/extractDevelopment';
import { DEFAULT_TOPICS } from '../../common/extract/topics';
import { summaryInHelper, useImportHelper } from '../../electron/services/import/importHelper';
import { readPdf } from '../../electron/services/import/readPdf';
import { loadArticleFixtures } from '../support/articleFixtures';
import { pdfEncrypted, pdfPages } from '../support/importFixtures';
import { readyImportHelper } from '../support/importHelperThread';

/** The helper thread from its TypeScript source (the app starts the built one, out/main/importHelperWorker.js). */
const SOURCE = new URL('../../electron/services/import/importHelperWorker.ts', import.meta.url).href;
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
  useImportHelper(null);
  vi.restoreAllMocks();
});

describe('reading a PDF with the helper thread', () => {
  it('hands the second half of a long PDF to the helper and reads the same text as alone', async () => {
    const pdf = await pdfPages(9);
    const alone = await readPdf(pdf, 'nine.pdf');
    const requests = await readyImportHelper(fromSource);
    const helped = await readPdf(pdf, 'nine.pdf');
    expect(requests).toEqual([{ kind: 'pdfPages', first: 6, last: 9 }]);
    expect(helped).toEqual(alone);
    expect(helped.text.indexOf('Page 5.')).toBeLessThan(helped.text.indexOf('Page 6.'));
    expect(helped.text).toContain('Line 40 of page 9');
  });

  it('reads a short PDF without it', async () => {
    const requests = await readyImportHelper(fromSource);
    const text = (await readPdf(await pdfPages(3), 'three.pdf')).text;
    expect(requests).toEqual([]);
    expect(text).toContain('Line 40 of page 3');
  });

  it('still refuses an encrypted PDF by name', async () => {
    await readyImportHelper(fromSource);
    await expect(readPdf(await pdfEncrypted(), 'locked.pdf')).rejects.toThrow(/^locked\.pdf: this PDF is encrypted/);
  });

  it('reads the pages itself when the helper answers with an error', async () => {
    const failing = () => fakeHelper("({ id }) => parentPort.postMessage({ id, error: 'cannot read that page' })");
    const pdf = await pdfPages(8);
    const alone = await readPdf(pdf, 'eight.pdf');
    const requests = await readyImportHelper(failing);
    expect(await readPdf(pdf, 'eight.pdf')).toEqual(alone);
    expect(requests).toEqual([{ kind: 'pdfPages', first: 5, last: 8 }]);
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
          parentPort.postMessage({ id, value: Array.from({ length: last - first + 1 }, () => 'probe') });
        };
      })()`);
    };
    const pdf = await pdfPages(8);
    const alone = await readPdf(pdf, 'eight.pdf');
    const requests = await readyImportHelper(dying);
    expect(await readPdf(pdf, 'eight.pdf')).toEqual(alone);
    expect(requests).toEqual([{ kind: 'pdfPages', first: 5, last: 8 }]);
    expect(await readPdf(pdf, 'eight.pdf')).toEqual(alone);
    expect(requests).toHaveLength(1);
    expect(started).toBe(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining(logged));
  });
});

describe('ranking a summary with the helper thread', () => {
  const options = { taxonomy: DEFAULT_TOPICS, today: '2026-11-26' };
  const articles = loadArticleFixtures().slice(0, 4);

  it('ranks each article there and proposes the same development as one thread alone', async () => {
    const requests = await readyImportHelper(fromSource);
    for (const { doc } of articles) {
      expect(await extractDevelopmentAlongside(doc, options, summaryInHelper)).toEqual(extractDevelopment(doc, options));
    }
    expect(requests.map(({ kind }) => kind)).toEqual(articles.map(() => 'summary'));
    expect(requests[0]).toEqual({ kind: 'summary', title: extractDevelopment(articles[0].doc, options).title });
  });

  it.each([
    ['with an error', "({ id }) => parentPort.postMessage({ id, error: 'out of memory' })"],
    ['with something that is not a summary', "({ id, kind, first, last }) => parentPort.postMessage({ id, value: kind === 'summary' ? { summary: 5, keyPoints: [] } : Array.from({ length: last - first + 1 }, () => 'probe') })"],
  ])('ranks the summary itself when the helper answers %s', async (_, onRequest) => {
    const requests = await readyImportHelper(() => fakeHelper(onRequest));
    const { doc } = articles[1];
    expect(await extractDevelopmentAlongside(doc, options, summaryInHelper)).toEqual(extractDevelopment(doc, options));
    expect(requests).toHaveLength(1);
  });

  it('ranks it itself when there is no helper', async () => {
    const { doc } = articles[2];
    expect(summaryInHelper('Some body.', 'A title')).toBeNull();
    expect(await extractDevelopmentAlongside(doc, options, summaryInHelper)).toEqual(extractDevelopment(doc, options));
  });
});
