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

describe('reading a PDF with the helper threads', () => {
  const halves = [
    { helper: 0, kind: 'pdfPart', part: 0, parts: 2 },
    { helper: 1, kind: 'pdfPart', part: 1, parts: 2 },
  ];

  it('hands each half of a PDF\'s pages to a helper and reads the same text and metadata as alone', async () => {
    const pdf = await pdfPages(9);
    const alone = await readPdf(pdf, 'nine.pdf');
    const requests = await readyImportHelper(fromSource);
    const helped = await readPdf(pdf, 'nine.pdf');
    expect(requests).toEqual(halves);
    expect(helped).toEqual(alone);
    // The first half's helper reads the metadata: pdf-lib writes the creation date.
    expect(helped.metadata.publishedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(helped.text.indexOf('Page 5.')).toBeLessThan(helped.text.indexOf('Page 6.'));
    expect(helped.text).toContain('Line 40 of page 9');
  });

  it.each([1, 2, 3])('reads a %i-page PDF there as alone (a part may have no pages)', async (count) => {
    const pdf = await pdfPages(count);
    const alone = await readPdf(pdf, 'short.pdf');
    const requests = await readyImportHelper(fromSource);
    expect(await readPdf(pdf, 'short.pdf')).toEqual(alone);
    expect(requests).toEqual(halves);
    expect(alone.text).toContain(`Line 40 of page ${count}`);
  });

  it('still refuses an encrypted PDF by name', async () => {
    await readyImportHelper(fromSource);
    await expect(readPdf(await pdfEncrypted(), 'locked.pdf')).rejects.toThrow(/^locked\.pdf: this PDF is encrypted/);
  });

  it.each([
    ['with an error', "({ id }) => parentPort.postMessage({ id, error: 'cannot read that page' })"],
    ['with pages that are not strings', "({ id }) => parentPort.postMessage({ id, value: { pages: [5], metadata: {}, pageCount: 2 } })"],
    ['with metadata it was not asked for', "({ id }) => parentPort.postMessage({ id, value: { pages: ['probe'], metadata: { html: '<b>' }, pageCount: 2 } })"],
    ['with fewer pages than the PDF has', "({ id }) => parentPort.postMessage({ id, value: { pages: ['probe'], metadata: {}, pageCount: 8 } })"],
  ])('reads the whole PDF itself when a helper answers %s', async (_, onRequest) => {
    const pdf = await pdfPages(8);
    const alone = await readPdf(pdf, 'eight.pdf');
    const requests = await readyImportHelper(() => fakeHelper(onRequest));
    expect(await readPdf(pdf, 'eight.pdf')).toEqual(alone);
    expect(requests).toEqual(halves);
  });

  it.each([
    ['throws', "throw new Error('helper crashed')", 'helper crashed'],
    ['exits', 'process.exit(3)', 'exit code 3'],
  ])('reads the PDF itself when a helper thread %s mid-PDF, and starts no helper again', async (_, death, logged) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let started = 0;
    // Each answers the probe that finds it ready; the second dies on its next request.
    const dying = () => {
      const mortal = started++ === 1;
      return fakeHelper(`(() => {
        let requests = 0;
        return ({ id }) => {
          if (${mortal} && ++requests > 1) { ${death}; }
          parentPort.postMessage({ id, value: { pages: ['probe', 'probe'], metadata: {}, pageCount: 4 } });
        };
      })()`);
    };
    const pdf = await pdfPages(8);
    const alone = await readPdf(pdf, 'eight.pdf');
    const requests = await readyImportHelper(dying);
    expect(await readPdf(pdf, 'eight.pdf')).toEqual(alone);
    expect(requests).toEqual(halves);
    expect(await readPdf(pdf, 'eight.pdf')).toEqual(alone);
    expect(requests).toHaveLength(2);
    expect(started).toBe(2);
    expect(error).toHaveBeenCalledWith(expect.stringContaining(logged));
  });
});

describe('helper threads left idle', () => {
  it('are stopped after the time set, and started again by a later import', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let started = 0;
    const answering = () => {
      started++;
      return fakeHelper("({ id }) => parentPort.postMessage({ id, value: { pages: ['probe', 'probe'], metadata: {}, pageCount: 4 } })");
    };
    const requests = await readyImportHelper(answering, 200);
    expect(started).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pdf = await pdfPages(4);
    const alone = await readPdf(pdf, 'four.pdf');
    // Stopped while idle: that import was read here while it started two new helpers.
    expect(requests).toEqual([]);
    expect(started).toBe(4);
    for (const deadline = Date.now() + 5000; requests.length === 0 && Date.now() < deadline; ) {
      await readPdf(pdf, 'four.pdf');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(requests.map(({ helper }) => helper)).toEqual([2, 3]);
    expect(alone.text).toContain('Line 40 of page 4');
    // Stopping idle helpers is no failure: they are started again, not given up.
    expect(error).not.toHaveBeenCalled();
  });
});

describe('ranking a summary with the helper threads', () => {
  const options = { taxonomy: DEFAULT_TOPICS, today: '2026-11-26' };
  const articles = loadArticleFixtures().slice(0, 4);

  it('ranks each article there and proposes the same development as one thread alone', async () => {
    const requests = await readyImportHelper(fromSource);
    for (const { doc } of articles) {
      expect(await extractDevelopmentAlongside(doc, options, summaryInHelper)).toEqual(extractDevelopment(doc, options));
    }
    expect(requests.map(({ kind }) => kind)).toEqual(articles.map(() => 'summary'));
    expect(requests[0]).toEqual({ helper: 0, kind: 'summary', title: extractDevelopment(articles[0].doc, options).title });
  });

  it('spreads summaries asked at once over both helpers', async () => {
    const requests = await readyImportHelper(fromSource);
    const proposed = await Promise.all(articles.slice(0, 2).map(({ doc }) => extractDevelopmentAlongside(doc, options, summaryInHelper)));
    expect(proposed).toEqual(articles.slice(0, 2).map(({ doc }) => extractDevelopment(doc, options)));
    expect(requests.map(({ helper }) => helper)).toEqual([0, 1]);
  });

  it.each([
    ['with an error', "({ id }) => parentPort.postMessage({ id, error: 'out of memory' })"],
    ['with something that is not a summary', "({ id, kind }) => parentPort.postMessage({ id, value: kind === 'summary' ? { summary: 5, keyPoints: [] } : { pages: ['probe', 'probe'], metadata: {}, pageCount: 4 } })"],
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
