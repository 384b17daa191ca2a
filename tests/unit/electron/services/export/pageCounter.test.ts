import { describe, expect, it } from 'vitest';
import type { Note } from '../../../../../common/note';
import { createPageCounter } from '../../../../../electron/services/export/pageCounter';
import { countPdfPages } from '../../../../../electron/services/export/pdfInfo';
import type { PdfPrinter } from '../../../../../electron/services/ports/pdfPrinter';

/** A printer whose PDF has as many page objects as the page's text says, and which finishes only when told. */
function controlledPrinter() {
  const printed: string[] = [];
  const pending: Array<() => void> = [];
  const printer: PdfPrinter = {
    print: (html) =>
      new Promise((resolve) => {
        printed.push(html);
        const pages = Number(html);
        pending.push(() => resolve(new TextEncoder().encode(Array.from({ length: pages }, (_, i) => `${i + 1} 0 obj << /Type /Page >> endobj\n`).join(''))));
      }),
    close: async () => {},
  };
  return { printer, printed, finishNext: () => pending.shift()?.() };
}

const note = (id: string, pages: number) => ({ id, metadata: { subject: String(pages) } }) as unknown as Note;
const printPage = (n: Note) => String(n.metadata.subject);
const measureWith = (printer: PdfPrinter) => async (_note: Note, html: string) => countPdfPages(await printer.print(html, 'layout'));
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('live page counter', () => {
  it('prints one draft of a note at a time and, of the drafts that waited, only the newest', async () => {
    const { printer, printed, finishNext } = controlledPrinter();
    const counter = createPageCounter(printPage, measureWith(printer));
    const first = counter.count(note('a', 3));
    const second = counter.count(note('a', 4));
    const third = counter.count(note('a', 5));
    await settled();
    expect(printed).toEqual(['3']);
    finishNext();
    expect(await first).toBe(3);
    await settled();
    expect(printed).toEqual(['3', '5']);
    finishNext();
    expect(await second).toBe(5);
    expect(await third).toBe(5);
  });

  it('answers a draft that prints the same as the last one without printing it again', async () => {
    const { printer, printed, finishNext } = controlledPrinter();
    const counter = createPageCounter(printPage, measureWith(printer));
    const first = counter.count(note('a', 2));
    await settled();
    finishNext();
    expect(await first).toBe(2);
    expect(await counter.count(note('a', 2))).toBe(2);
    expect(printed).toEqual(['2']);
  });

  it('passes a failed print on to every request that waited for it, and keeps counting after it', async () => {
    let fail = true;
    const printer: PdfPrinter = {
      print: async (html) => {
        if (fail) throw new Error('printer gone');
        return new TextEncoder().encode('1 0 obj << /Type /Page >> endobj\n'.repeat(Number(html)));
      },
      close: async () => {},
    };
    const counter = createPageCounter(printPage, measureWith(printer));
    await expect(counter.count(note('a', 1))).rejects.toThrow('printer gone');
    fail = false;
    expect(await counter.count(note('a', 1))).toBe(1);
  });
});
