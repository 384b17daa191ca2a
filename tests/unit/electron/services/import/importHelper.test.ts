import { Worker, type WorkerOptions } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractDevelopment, extractDevelopmentAlongside } from '../../../../../common/extract/extractDevelopment';
import { DEFAULT_TOPICS } from '../../../../../common/extract/topics';
import { summaryInHelper, useImportHelper } from '../../../../../electron/services/import/importHelper';
import { readDocument } from '../../../../../electron/services/import/readDocument';
import { readDocx } from '../../../../../electron/services/import/readDocx';
import { readHtml } from '../../../../../electron/services/import/readHtml';
import { readPdf, readPdfHere } from '../../../../../electron/services/import/readPdf';
import { loadArticleFixtures } from '../../../../support/articleFixtures';
import { docxArticle, htmlArticle, pdfEncrypted, pdfPages } from '../../../../support/importFixtures';
import { helperFromSource, readyImportHelper, type SentRequest } from '../../../../support/importHelperThread';

/** A stand-in helper thread: says it is ready, then answers each request with `onRequest` (JavaScript source). */
function fakeHelper(onRequest: string, options: WorkerOptions = {}): Worker {
  return new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.postMessage({ ready: true, heapBytes: 0 });
     parentPort.on('message', ${onRequest});`,
    { ...options, eval: true },
  );
}

/** Answers every PDF part with two pages of text. */
const ANSWERING = "({ id }) => parentPort.postMessage({ id, heapBytes: 0, value: { pages: ['probe', 'probe'], metadata: {}, pageCount: 4 } })";

afterEach(() => {
  vi.restoreAllMocks();
});

describe('with the helper threads started from source', () => {
  let requests: SentRequest[] = [];
  beforeAll(async () => {
    requests = await readyImportHelper(helperFromSource);
  }, 120_000);
  beforeEach(() => {
    requests.length = 0;
  });
  afterAll(() => useImportHelper(null));

  const halves = [
    { helper: 0, kind: 'pdfPart', part: 0, parts: 2 },
    { helper: 1, kind: 'pdfPart', part: 1, parts: 2 },
  ];

  it('hands each half of a PDF\'s pages to a helper and reads the same text and metadata as one thread alone', async () => {
    const pdf = await pdfPages(9);
    const alone = await readPdfHere(pdf, 'nine.pdf');
    const helped = await readPdf(pdf, 'nine.pdf');
    expect(requests).toEqual(halves);
    expect(helped).toEqual(alone);
    // The first half's helper reads the metadata: pdf-lib writes the creation date.
    expect(helped.metadata.publishedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(helped.text.indexOf('Page 5.')).toBeLessThan(helped.text.indexOf('Page 6.'));
    expect(helped.text).toContain('Line 40 of page 9');
  });

  it.each([1, 3])('reads a %i-page PDF there as alone (a part may have no pages)', async (count) => {
    const pdf = await pdfPages(count);
    const alone = await readPdfHere(pdf, 'short.pdf');
    expect(await readPdf(pdf, 'short.pdf')).toEqual(alone);
    expect(requests).toEqual(halves);
    expect(alone.text).toContain(`Line 40 of page ${count}`);
  });

  it('still refuses an encrypted PDF by name', async () => {
    await expect(readPdf(await pdfEncrypted(), 'locked.pdf')).rejects.toThrow(/^locked\.pdf: this PDF is encrypted/);
  });

  it('reads Word documents and web pages on a helper, as one thread alone does', async () => {
    const docx = await docxArticle();
    const html = new TextEncoder().encode(htmlArticle());
    expect(await readDocument('guidance.docx', docx)).toEqual(await readDocx(docx, 'guidance.docx'));
    expect(await readDocument('wire.html', html)).toEqual(readHtml(html, 'wire.html'));
    expect(requests.map(({ kind }) => kind)).toEqual(['document', 'document']);
  });

  const options = { taxonomy: DEFAULT_TOPICS, today: '2026-11-26' };
  const articles = loadArticleFixtures().slice(0, 4);

  it('ranks each article\'s summary there and proposes the same development as one thread alone', async () => {
    for (const { doc } of articles) {
      expect(await extractDevelopmentAlongside(doc, options, summaryInHelper)).toEqual(extractDevelopment(doc, options));
    }
    expect(requests.map(({ kind }) => kind)).toEqual(articles.map(() => 'summary'));
    expect(requests[0]).toEqual({ helper: 0, kind: 'summary', title: extractDevelopment(articles[0].doc, options).title });
  });

  it('spreads summaries asked at once over both helpers', async () => {
    const proposed = await Promise.all(articles.slice(0, 2).map(({ doc }) => extractDevelopmentAlongside(doc, options, summaryInHelper)));
    expect(proposed).toEqual(articles.slice(0, 2).map(({ doc }) => extractDevelopment(doc, options)));
    expect(requests.map(({ helper }) => helper)).toEqual([0, 1]);
  });
});

describe('a helper that answers wrongly', () => {
  afterEach(() => useImportHelper(null));

  it.each([
    ['with an error', "({ id }) => parentPort.postMessage({ id, heapBytes: 0, error: 'cannot read that page', refusal: false })", /could not read it \(cannot read that page\)/],
    ['with pages that are not strings', "({ id }) => parentPort.postMessage({ id, heapBytes: 0, value: { pages: [5], metadata: {}, pageCount: 2 } })", /answer that is not a pdfPart/],
    ['with metadata it was not asked for', "({ id }) => parentPort.postMessage({ id, heapBytes: 0, value: { pages: ['probe'], metadata: { html: '<b>' }, pageCount: 2 } })", /answer that is not a pdfPart/],
    ['with fewer pages than the PDF has', "({ id }) => parentPort.postMessage({ id, heapBytes: 0, value: { pages: ['probe'], metadata: {}, pageCount: 8 } })", /read 2 pages of a PDF that has 8/],
  ])('refuses the PDF by name, without reading it itself, when a helper answers %s', async (_, onRequest, message) => {
    useImportHelper(() => fakeHelper(onRequest));
    await expect(readPdf(await pdfPages(8), 'eight.pdf')).rejects.toThrow(message);
    await expect(readPdf(await pdfPages(8), 'eight.pdf')).rejects.toThrow(/^eight\.pdf: /);
  });
});

describe('documents are never read on the back end\'s own thread', () => {
  afterEach(() => useImportHelper(null));

  it('refuses PDFs, Word documents and web pages by name when no helper can run, and still reads plain text', async () => {
    useImportHelper(null);
    for (const [name, bytes] of [['a.pdf', await pdfPages(1)], ['b.docx', await docxArticle()], ['c.html', new TextEncoder().encode(htmlArticle())]] as const) {
      await expect(readDocument(name, bytes)).rejects.toThrow(new RegExp(`^${name.replace('.', '\\.')}: Brieflink has no document reader running here`));
    }
    expect((await readDocument('d.txt', new TextEncoder().encode('Plain words.'))).text).toBe('Plain words.');
  });

  it('refuses the file when a helper cannot start, and tries a new one for the next file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let started = 0;
    // The first two stop before they are ready, as a thread whose code cannot load does.
    useImportHelper(() => (started++ < 2 ? new Worker('process.exit(9)', { eval: true }) : fakeHelper(ANSWERING)));
    await expect(readPdf(await pdfPages(4), 'four.pdf')).rejects.toThrow(/^four\.pdf: Brieflink could not start its document reader \(exit code 9\)/);
    expect((await readPdf(await pdfPages(4), 'four.pdf')).text).toContain('probe');
  });
});

describe('a helper past its limits', () => {
  afterEach(() => useImportHelper(null));

  it('is stopped when it takes longer than the time limit, the file refused by that limit, and replaced for the next file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let started = 0;
    // The first two never answer a request (they spin); later ones answer.
    useImportHelper(() => fakeHelper(started++ < 2 ? '() => { for (;;); }' : ANSWERING), { deadlineMs: 1500 });
    await expect(readPdf(await pdfPages(4), 'slow.pdf')).rejects.toThrow(/^slow\.pdf: reading it took longer than 1\.5 s, the limit for one file, and was stopped/);
    expect((await readPdf(await pdfPages(4), 'next.pdf')).text).toContain('probe');
    expect(started).toBe(4);
  });

  it('is stopped when it needs more memory than its limit, the file refused by that limit, and replaced for the next file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let started = 0;
    const hoarding = "({ id }) => { const kept = []; for (;;) kept.push(new Array(100000).fill(kept.length)); }";
    useImportHelper((options) => fakeHelper(started++ < 2 ? hoarding : ANSWERING, options), { heapMb: 48 });
    await expect(readPdf(await pdfPages(4), 'huge.pdf')).rejects.toThrow(/^huge\.pdf: reading it needed more than 48 MB of memory, the limit for one file, and was stopped/);
    expect((await readPdf(await pdfPages(4), 'next.pdf')).text).toContain('probe');
    expect(started).toBe(4);
  });

  it('is replaced once idle when its heap grew large, so the memory is given back', async () => {
    let started = 0;
    const heavy = "({ id }) => parentPort.postMessage({ id, heapBytes: 512 * 1024 * 1024, value: { pages: ['probe', 'probe'], metadata: {}, pageCount: 4 } })";
    useImportHelper(() => {
      started++;
      return fakeHelper(heavy);
    });
    await readPdf(await pdfPages(4), 'large.pdf');
    expect(started).toBe(2);
    await readPdf(await pdfPages(4), 'large.pdf');
    expect(started).toBe(4);
  });
});

describe('helper threads left idle', () => {
  afterEach(() => useImportHelper(null));

  it('are stopped after the time set, and started again by a later import, which waits for them', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let started = 0;
    const answering = () => {
      started++;
      return fakeHelper(ANSWERING);
    };
    const requests = await readyImportHelper(answering, { idleMs: 200 });
    expect(started).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const read = await readPdf(await pdfPages(4), 'four.pdf');
    expect(started).toBe(4);
    expect(requests.map(({ helper }) => helper)).toEqual([2, 3]);
    expect(read.text).toContain('probe');
    // Stopping idle helpers is no failure.
    expect(error).not.toHaveBeenCalled();
  });
});

describe('ranking a summary when the helper threads cannot', () => {
  afterEach(() => useImportHelper(null));
  const options = { taxonomy: DEFAULT_TOPICS, today: '2026-11-26' };
  const articles = loadArticleFixtures().slice(0, 4);

  it.each([
    ['with an error', "{ id, heapBytes: 0, error: 'out of memory', refusal: false }"],
    ['with something that is not a summary', '{ id, heapBytes: 0, value: { summary: 5, keyPoints: [] } }'],
  ])('ranks the summary itself when the helper answers %s', async (_, summaryAnswer) => {
    const pdfAnswer = "{ id, heapBytes: 0, value: { pages: ['probe', 'probe'], metadata: {}, pageCount: 4 } }";
    const requests = await readyImportHelper(() => fakeHelper(`({ id, kind }) => parentPort.postMessage(kind === 'summary' ? ${summaryAnswer} : ${pdfAnswer})`));
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
