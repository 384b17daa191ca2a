import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../../../../common/editorState';
import { newNote, type Note } from '../../../../../common/note';
import { noteToPrintHtml } from '../../../../../common/print/printHtml';
import { AppError } from '../../../../../common/result';
import { templateSchema, type Template } from '../../../../../common/template';
import { chromiumCandidates, CHROMIUM_ARGS, findChromium } from '../../../../../electron/host/print/findChromium';
import { countPdfPages } from '../../../../../electron/services/export/pdfInfo';
import type { PdfPrinter } from '../../../../../electron/services/ports/pdfPrinter';
import { createPlaywrightPrinter } from '../../../../../electron/host/print/playwrightPrinter';
import { countRequests, hostilePrintPage } from '../../../../support/hostilePrintPage';
import { readPdf } from '../../../../support/pdfText';

const CHROMIUM_TIMEOUT = 30_000;

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../../../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const decision = loadTemplate('01-decision-note');

const SENTENCE =
  'The department reviewed the proposal against the existing programme criteria, consulted the regional offices, and found that the eligible costs and the timelines are consistent with the approved funding envelope. ';

/** A decision note with `paragraphsPerSection` long paragraphs under each section heading. */
function longNote(subject: string, paragraphsPerSection: number, classification = 'PROTECTED B'): Note {
  const note = newNote(decision, 'long-note', new Date('2026-03-01T12:00:00Z'), {
    subject,
    to: 'Deputy Minister',
    from: 'Director General, Policy',
    date: '2026-03-01',
    classification,
  });
  const body: SerializedNode[] = [];
  for (const section of decision.sections) {
    body.push(headingNode('h2', section.heading));
    for (let i = 1; i <= paragraphsPerSection; i++) {
      body.push(paragraphNode([textNode(`${section.heading} point ${i}. ${SENTENCE.repeat(3)}`)]));
    }
  }
  note.body = editorState(body);
  return note;
}

/** White space as pdfjs may split it: single spaces, no line breaks. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('findChromium', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'brieflink-chromium-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('looks at CHROMIUM_PATH first, then the Debian paths', () => {
    const candidates = chromiumCandidates({ CHROMIUM_PATH: '/opt/chrome/chrome' });
    expect(candidates.slice(0, 3)).toEqual(['/opt/chrome/chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser']);
    expect(chromiumCandidates({}).slice(0, 2)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
    expect(chromiumCandidates({ CHROMIUM_PATH: '  ' })[0]).toBe('/usr/bin/chromium');
  });

  it('prefers an executable CHROMIUM_PATH, and skips one that is missing or not executable', () => {
    const fake = join(dir, 'my-chromium');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    expect(findChromium({ CHROMIUM_PATH: fake })).toBe(fake);

    const plain = join(dir, 'not-executable');
    writeFileSync(plain, '');
    chmodSync(plain, 0o644);
    const fallback = join(dir, 'fallback');
    writeFileSync(fallback, '#!/bin/sh\n');
    chmodSync(fallback, 0o755);
    expect(findChromium({ CHROMIUM_PATH: plain }, [plain, join(dir, 'missing'), dir, fallback])).toBe(fallback);
  });

  it('throws BROWSER_MISSING with install instructions when there is none', () => {
    const missing = join(dir, 'no-such-chromium');
    let caught: unknown;
    try {
      findChromium({ CHROMIUM_PATH: missing }, [missing, join(dir, 'also-missing')]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe('BROWSER_MISSING');
    expect(error.message).toContain('sudo apt-get install chromium');
    expect(error.message).toContain('CHROMIUM_PATH');
    expect(error.message).toContain(missing);
  });

  it('exports the launch switches that work here', () => {
    expect(CHROMIUM_ARGS).toEqual([
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ]);
  });
});

describe('countPdfPages', () => {
  it('counts page objects, not the page tree, strings or comments', () => {
    const pdf = new TextEncoder().encode(
      [
        '%PDF-1.4',
        '% /Type /Page in a comment',
        '1 0 obj <</Title (A title with /Type /Page \\) and \\(nested (/Type /Page) parens\\)) >> endobj',
        '2 0 obj <</Type /Pages /Kids [3 0 R 4 0 R] /Count 2>> endobj',
        '3 0 obj <</Type /Page /Parent 2 0 R>> endobj',
        '4 0 obj <</Type/Page/Parent 2 0 R>> endobj',
        '5 0 obj <</Length 20>> stream',
        '/Type /Page garbage',
        'endstream endobj',
        '6 0 obj <</Type /PageLabel>> endobj',
      ].join('\n'),
    );
    expect(countPdfPages(pdf)).toBe(2);
    expect(countPdfPages(new Uint8Array())).toBe(0);
  });
});

describe('Playwright PDF printer (real Chromium)', () => {
  let printer: PdfPrinter;
  let launchSpy: MockInstance<typeof chromium.launch>;
  const others: PdfPrinter[] = [];

  beforeAll(() => {
    launchSpy = vi.spyOn(chromium, 'launch');
    printer = createPlaywrightPrinter({ executablePath: findChromium() });
  });
  afterEach(async () => {
    await Promise.all(others.splice(0).map((other) => other.close()));
  });
  afterAll(async () => {
    await printer.close();
    launchSpy.mockRestore();
  });

  it(
    'prints a multi-page note with the marking and "Page i of N" on every page, the title, and an outline',
    async () => {
      const subject = 'Funding for the rural broadband programme';
      const bytes = await printer.print(noteToPrintHtml(longNote(subject, 6)));
      expect(launchSpy).toHaveBeenCalledTimes(1);

      expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
      const pdf = await readPdf(bytes);
      const total = pdf.pages.length;
      expect(total).toBeGreaterThanOrEqual(3);
      expect(countPdfPages(bytes)).toBe(total);
      pdf.pages.forEach((text, index) => {
        const page = flat(text);
        // Top and bottom of every page, plus the metadata block's Classification row on page 1.
        expect(occurrences(page, 'PROTECTED B'), `marking on page ${index + 1}`).toBe(index === 0 ? 3 : 2);
        expect(page, `page number on page ${index + 1}`).toMatch(new RegExp(`(^|\\s)Page ${index + 1} of ${total}(\\s|$)`));
      });
      expect(pdf.info.Title).toBe(subject);

      const outline = pdf.outline as { title: string; items: { title: string }[] }[];
      expect(outline.map((entry) => entry.title)).toEqual([subject]);
      expect(outline[0]!.items.map((entry) => entry.title)).toEqual(decision.sections.map((section) => section.heading));
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'a layout print (for the live page count) breaks pages exactly as the document print, without the tag tree and outline',
    async () => {
      const html = noteToPrintHtml(longNote('Layout and document prints', 6));
      const documentPrint = await readPdf(await printer.print(html, 'document'));
      const layoutBytes = await printer.print(html, 'layout');
      const layoutPrint = await readPdf(layoutBytes);
      expect(layoutPrint.pages.length).toBeGreaterThanOrEqual(3);
      expect(layoutPrint.pages).toEqual(documentPrint.pages);
      expect(countPdfPages(layoutBytes)).toBe(documentPrint.pages.length);
      expect(documentPrint.outline).not.toBeNull();
      expect(layoutPrint.outline).toBeNull();
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'reuses the running browser for the next print',
    async () => {
      const bytes = await printer.print(noteToPrintHtml(longNote('Second print', 1)));
      expect(launchSpy).toHaveBeenCalledTimes(1);
      expect(countPdfPages(bytes)).toBeGreaterThanOrEqual(1);
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'prints a hostile marking and title exactly as written, and still counts the pages right',
    async () => {
      const marking = `Secret "eyes" \\ </style><script>x</script>`;
      const subject = '/Type /Page (a title) </title><script>';
      const bytes = await printer.print(noteToPrintHtml(longNote(subject, 2, marking)));
      const pdf = await readPdf(bytes);
      expect(pdf.info.Title).toBe(subject);
      expect(countPdfPages(bytes)).toBe(pdf.pages.length);
      pdf.pages.forEach((text, index) => {
        expect(occurrences(flat(text), marking.toUpperCase())).toBe(index === 0 ? 3 : 2);
      });
      expect(flat(pdf.pages[0]!)).toContain(subject);
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'runs no scripts and makes no network requests',
    async () => {
      const requests = await countRequests(async (base) => {
        const pdf = await readPdf(await printer.print(hostilePrintPage(base)));
        expect(pdf.info.Title).toBe('Static title');
        expect(flat(pdf.pages[0]!)).toContain('Hello');
        expect(flat(pdf.pages[0]!)).not.toContain('Script ran');
      });
      expect(requests).toBe(0);
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'prints back to back on one warm page, each document as a fresh page prints it',
    async () => {
      const warm = createPlaywrightPrinter({ executablePath: findChromium() });
      const fresh = createPlaywrightPrinter({ executablePath: findChromium() });
      others.push(warm, fresh);
      const before = launchSpy.mock.calls.length;
      const long = noteToPrintHtml(longNote('A long note first', 4, 'PROTECTED B'));
      const short = noteToPrintHtml(longNote('Then a short one', 1, 'UNCLASSIFIED'));
      await warm.print(long);
      const browser = (await launchSpy.mock.results[before]!.value) as Browser;
      const [kept] = browser.contexts();
      const afterLong = await readPdf(await warm.print(short));
      // The page the first print used printed the second: no new context was opened.
      expect(browser.contexts()).toHaveLength(1);
      expect(browser.contexts()[0]).toBe(kept);
      const alone = await readPdf(await fresh.print(short));
      expect(afterLong.pages).toEqual(alone.pages);
      expect(afterLong.info.Title).toBe('Then a short one');
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'launches one browser for concurrent prints',
    async () => {
      const fresh = createPlaywrightPrinter({ executablePath: findChromium() });
      others.push(fresh);
      const before = launchSpy.mock.calls.length;
      const html = noteToPrintHtml(longNote('Concurrent', 1));
      const results = await Promise.all([fresh.print(html), fresh.print(html), fresh.print(html)]);
      expect(launchSpy.mock.calls.length - before).toBe(1);
      const counts = results.map(countPdfPages);
      expect(new Set(counts).size).toBe(1);
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'starts the browser again when it went away',
    async () => {
      const fresh = createPlaywrightPrinter({ executablePath: findChromium() });
      others.push(fresh);
      const before = launchSpy.mock.calls.length;
      const html = noteToPrintHtml(longNote('Relaunch', 1));
      await fresh.print(html);
      const browser = (await launchSpy.mock.results[before]!.value) as Browser;
      await browser.close();
      expect(browser.isConnected()).toBe(false);
      const bytes = await fresh.print(html);
      expect(countPdfPages(bytes)).toBeGreaterThanOrEqual(1);
      expect(launchSpy.mock.calls.length - before).toBe(2);
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'closes the browser on close(), and starts one again for a later print',
    async () => {
      const fresh = createPlaywrightPrinter({ executablePath: findChromium() });
      others.push(fresh);
      const before = launchSpy.mock.calls.length;
      const html = noteToPrintHtml(longNote('Close and print again', 1));
      await fresh.print(html);
      const browser = (await launchSpy.mock.results[before]!.value) as Browser;
      await fresh.close();
      expect(browser.isConnected()).toBe(false);
      expect(countPdfPages(await fresh.print(html))).toBeGreaterThanOrEqual(1);
      expect(launchSpy.mock.calls.length - before).toBe(2);
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'reports a browser that cannot start as EXPORT_FAILED, and tries again on the next print',
    async () => {
      const broken = createPlaywrightPrinter({ executablePath: join(tmpdir(), 'no-such-chromium-binary') });
      others.push(broken);
      for (let attempt = 0; attempt < 2; attempt++) {
        const error = await broken.print('<p>x</p>').then(
          () => undefined,
          (reason: unknown) => reason,
        );
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('EXPORT_FAILED');
        expect((error as AppError).message).toMatch(/^Could not start Chromium \(.*no-such-chromium-binary\)/);
      }
    },
    CHROMIUM_TIMEOUT,
  );
});
