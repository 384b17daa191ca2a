// Editor figures on a long note: open, keystroke to paint, autosave stall, page count refresh.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../common/editorState';
import { PROJECT_ROOT, startBrowserBackend } from '../../electron/host/browserBackend';
import { newToken } from '../../electron/host/guards';
import { startHostServer } from '../../electron/host/server';
import { CHROMIUM_ARGS, findChromium } from '../../electron/services/export/findChromium';
import { stats } from './stats';

const SENTENCE = 'The interagency review weighs tiered licensing for consumer technology while keeping controls on advanced chips. ';

function cell(text: string, header: boolean): SerializedNode {
  return { type: 'tablecell', version: 1, headerState: header ? 1 : 0, colSpan: 1, rowSpan: 1, backgroundColor: null, children: [paragraphNode([textNode(text)])], direction: null, format: '', indent: 0 };
}

function table(index: number): SerializedNode {
  const rows = Array.from({ length: 6 }, (_, row) => ({
    type: 'tablerow',
    version: 1,
    children: Array.from({ length: 4 }, (_, column) => cell(row === 0 ? `Heading ${column + 1}` : `T${index} r${row} c${column}`, row === 0)),
    direction: null,
    format: '',
    indent: 0,
  }));
  return { type: 'table', version: 1, children: rows, direction: null, format: '', indent: 0 };
}

function link(index: number): SerializedNode {
  return { type: 'link', version: 1, url: `https://example.org/source/${index}`, rel: 'noreferrer', target: null, title: null, children: [textNode(`source ${index}`)], direction: null, format: '', indent: 0 };
}

/**
 * About 40 printed pages: 20 sections, each with paragraphs, a table and 20 links (400 in
 * all). Links stand in for linked snippets until the snippet node exists.
 */
export function longNoteBody() {
  const children: SerializedNode[] = [];
  let links = 0;
  for (let section = 0; section < 20; section++) {
    children.push(headingNode('h2', `Section ${section + 1}`));
    for (let p = 0; p < 10; p++) {
      const parts: SerializedNode[] = [textNode(SENTENCE.repeat(3))];
      if (p % 5 === 0) for (let l = 0; l < 10; l++) parts.push(textNode(' See '), link(links++));
      children.push(paragraphNode(parts));
    }
    children.push(table(section));
  }
  return { body: editorState(children), links };
}

export async function benchEditor(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-editor-'));
  const backend = startBrowserBackend(dataDir);
  const note = await backend.handlers['notes.create']({ templateId: 'information-note' });
  const { body, links } = longNoteBody();
  await backend.handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: 'Long note' }, body });
  const token = newToken();
  const server = await startHostServer({ handlers: backend.handlers, rendererDir: path.join(PROJECT_ROOT, 'out', 'renderer'), token, port: 0 });
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.url}#token=${token}`);

  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    const started = Date.now();
    await page.getByRole('button', { name: /^Long note/ }).click();
    await page.getByRole('textbox', { name: 'Note body' }).locator('table').nth(19).waitFor();
    opens.push(Date.now() - started);
  }
  const exported = await backend.handlers['notes.pageCount']({ id: note.id, metadata: { subject: 'Long note' }, body });

  // Keystroke to painted update: input event to the next animation frame after it.
  const bodyBox = page.getByRole('textbox', { name: 'Note body' });
  await bodyBox.locator('p').nth(3).click();
  await page.evaluate(() => {
    const w = window as unknown as { __paint: number[] };
    w.__paint = [];
    document.getElementById('note-body')!.addEventListener('beforeinput', () => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => w.__paint.push(performance.now() - start), 0));
    });
  });
  for (let i = 0; i < 100; i++) {
    await page.keyboard.type('x');
    await page.waitForTimeout(30);
  }
  const paint = await page.evaluate(() => (window as unknown as { __paint: number[] }).__paint);

  // Autosave: the longest main-thread stall in the second after one keystroke (save fires at 500 ms).
  const stalls: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      const w = window as unknown as { __gap: number; __stop: boolean };
      w.__gap = 0;
      w.__stop = false;
      let last = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const now = performance.now();
        w.__gap = Math.max(w.__gap, now - last);
        last = now;
        if (!w.__stop) channel.port2.postMessage(null);
      };
      channel.port2.postMessage(null);
    });
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/notes.save'));
    await page.keyboard.type('y');
    await saved;
    await page.waitForTimeout(100);
    stalls.push(await page.evaluate(() => {
      const w = window as unknown as { __gap: number; __stop: boolean };
      w.__stop = true;
      return w.__gap;
    }));
  }

  // Page count: last keystroke to the count's answer arriving.
  const counts: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(1500);
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/notes.pageCount'));
    const started = Date.now();
    await page.keyboard.type('z');
    await answered;
    counts.push(Date.now() - started);
  }

  await browser.close();
  await server.close();
  await backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(`Editor, a ${exported.pageCount}-page note with 20 tables and ${links} links:`);
  console.log(`  open (click to last table shown)     ${stats(opens)}`);
  console.log(`  keystroke to next frame              ${stats(paint)}`);
  console.log(`  longest main-thread stall, autosave  ${stats(stalls)}`);
  console.log(`  keystroke to page count answered     ${stats(counts)}`);
}
