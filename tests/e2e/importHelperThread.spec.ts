import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/host/browserBackend';
import { extractDevelopment, extractDevelopmentAlongside } from '../../common/extract/extractDevelopment';
import { DEFAULT_TOPICS } from '../../common/extract/topics';
import { helperBeside, summaryInHelper, useImportHelper } from '../../electron/services/import/importHelper';
import { readPdf, readPdfHere } from '../../electron/services/import/readPdf';
import { loadArticleFixtures } from '../support/articleFixtures';
import { pdfPages } from '../support/importFixtures';
import { readyImportHelper } from '../support/importHelperThread';

// The built app starts the helper from beside its entries (out/main/serve.js and the others).
const SERVE_ENTRY = pathToFileURL(path.join(PROJECT_ROOT, 'out', 'main', 'serve.js')).href;

test.afterEach(() => useImportHelper(null));

test('the built helper threads read a long PDF, half of its pages each', async () => {
  const pdf = await pdfPages(10);
  const alone = await readPdfHere(pdf, 'ten.pdf');
  const requests = await readyImportHelper(helperBeside(SERVE_ENTRY));
  expect(await readPdf(pdf, 'ten.pdf')).toEqual(alone);
  expect(requests).toEqual([
    { helper: 0, kind: 'pdfPart', part: 0, parts: 2 },
    { helper: 1, kind: 'pdfPart', part: 1, parts: 2 },
  ]);
});

test('a built helper thread ranks an article\'s summary as one thread alone does', async () => {
  const options = { taxonomy: DEFAULT_TOPICS, today: '2026-11-26' };
  const { doc } = loadArticleFixtures()[0];
  const requests = await readyImportHelper(helperBeside(SERVE_ENTRY));
  expect(await extractDevelopmentAlongside(doc, options, summaryInHelper)).toEqual(extractDevelopment(doc, options));
  expect(requests.map(({ kind }) => kind)).toEqual(['summary']);
});
