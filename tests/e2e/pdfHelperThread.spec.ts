import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/host/browserBackend';
import { helperBeside, usePdfPagesHelper } from '../../electron/services/import/pdfPagesHelper';
import { readPdf } from '../../electron/services/import/readPdf';
import { pdfPages } from '../support/importFixtures';
import { readyPdfHelper } from '../support/pdfHelperThread';

// The built app starts the helper from beside its entries (out/main/serve.js and the others).
const SERVE_ENTRY = pathToFileURL(path.join(PROJECT_ROOT, 'out', 'main', 'serve.js')).href;

test.afterEach(() => usePdfPagesHelper(null));

test('the built PDF helper thread reads the second half of a long PDF', async () => {
  const pdf = await pdfPages(10);
  const alone = await readPdf(pdf, 'ten.pdf');
  const requests = await readyPdfHelper(helperBeside(SERVE_ENTRY));
  expect(await readPdf(pdf, 'ten.pdf')).toEqual(alone);
  expect(requests).toEqual([{ first: 6, last: 10 }]);
});
