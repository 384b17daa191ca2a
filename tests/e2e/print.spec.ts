import fs from 'node:fs';
import { expect, test } from '../support/hostFixture';
import { writeLongDecisionNote } from '../support/longDecisionNote';
import { readPdf } from '../support/pdfText';

const SUBJECT = 'Printed on paper';

/** What the window's hidden print frame held when print() was called on it. */
interface PrintedFrame {
  path: string;
  sandbox: string | null;
  html: string;
  lang: string;
  bodyFont: string;
  ink: string;
  paper: string;
}

declare global {
  interface Window {
    printedFrames: PrintedFrame[];
  }
}

test('Print… prints the PDF\'s own document in a sandboxed frame: same page count and text, black on white in the dark theme, from Ctrl+P and the palette', async ({ page, host, browser }) => {
  // The window in its dark theme: the paper stays black on white.
  await page.emulateMedia({ colorScheme: 'dark' });
  // Stands in for the system print dialog: a frame's print() records what that frame holds.
  await page.addInitScript(() => {
    window.printedFrames = [];
    const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const frameWindow = contentWindow.get!.call(this) as Window | null;
        const sandbox = this.getAttribute('sandbox');
        try {
          if (frameWindow) {
            frameWindow.print = () => {
              const document = frameWindow.document;
              window.printedFrames.push({
                path: document.location.pathname,
                sandbox,
                html: `${new XMLSerializer().serializeToString(document.doctype!)}\n${document.documentElement.outerHTML}`,
                lang: document.documentElement.lang,
                bodyFont: getComputedStyle(document.body).fontFamily,
                ink: getComputedStyle(document.documentElement).color,
                paper: getComputedStyle(document.documentElement).backgroundColor,
              });
            };
          }
        } catch {
          // A frame of another origin: not the print frame.
        }
        return frameWindow;
      },
    });
  });

  await page.goto(host.url);
  const body = await writeLongDecisionNote(page, SUBJECT);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByRole('alertdialog', { name: 'Some required parts are empty' }).getByRole('button', { name: 'Export anyway' }).click();
  const exported = await readPdf(new Uint8Array(fs.readFileSync(await (await downloadPromise).path())));
  expect(exported.pages.length).toBeGreaterThanOrEqual(2);

  // Ctrl+P in the editor prints the note (not the app's screen), once.
  await body.press('Control+P');
  await expect.poll(() => page.evaluate(() => window.printedFrames.length)).toBe(1);
  const [printed] = await page.evaluate(() => window.printedFrames);
  expect(printed.path).toMatch(/^\/print\/[0-9a-f-]{36}$/);
  // No scripts in the printed document: the sandbox allows only the dialog and the window's call.
  expect(printed.sandbox).toBe('allow-modals allow-same-origin');
  expect(printed.lang).toBe('en-CA');
  expect(printed.html).toContain(`<title>${SUBJECT}</title>`);
  expect([printed.ink, printed.paper]).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  // The frame is gone once printed.
  await expect(page.locator('iframe')).toHaveCount(0);

  // The printed frame's document, laid out by the same engine on paper: page for page the PDF.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const paper = await context.newPage();
  await paper.setContent(printed.html, { waitUntil: 'load' });
  // Its styles and fonts applied in the frame as they do on their own (a frame under the window's CSP would lose them).
  expect(printed.bodyFont).toBe(await paper.evaluate(() => getComputedStyle(document.body).fontFamily));
  const onPaper = await readPdf(new Uint8Array(await paper.pdf({ preferCSSPageSize: true, printBackground: true })));
  await context.close();
  expect(onPaper.pages.length).toBe(exported.pages.length);
  expect(onPaper.pages).toEqual(exported.pages);

  // The palette runs the same Print….
  await body.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('print');
  await expect(palette.getByRole('option', { name: /Print/ })).toContainText('Ctrl+P');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.printedFrames.length)).toBe(2);
  const again = (await page.evaluate(() => window.printedFrames))[1];
  expect(again.path).not.toBe(printed.path);
  expect(again.html).toBe(printed.html);

  // With nothing focused (keys then go to the page's body, outside the app), Ctrl+P still prints the note.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Control+P');
  await expect.poll(() => page.evaluate(() => window.printedFrames.length)).toBe(3);
  expect((await page.evaluate(() => window.printedFrames))[2].html).toBe(printed.html);
});
