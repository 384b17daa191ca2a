import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { keepingBuiltIns, loadPdfjs } from '../../../../../electron/services/import/loadPdfjs';

/** Function.prototype.toString from a fresh realm, which no polyfill in this one can have replaced. */
const pristineToString = vm.runInNewContext('Function.prototype.toString') as (this: unknown) => string;

/** Whether a function is the engine's own rather than JavaScript standing in for it. */
function isNative(fn: unknown): boolean {
  return /\{\s*\[native code\]\s*\}$/.test(Reflect.apply(pristineToString, fn, []));
}

describe('loadPdfjs', () => {
  it('puts back a built-in that the loaded code replaced, and keeps what it only added', async () => {
    const stringify = JSON.stringify;
    const { restored } = await keepingBuiltIns(async () => {
      JSON.stringify = () => 'replaced';
      Reflect.defineProperty(Math, 'brieflinkAdded', { value: 1, configurable: true });
    });
    expect(JSON.stringify).toBe(stringify);
    expect(JSON.stringify({ a: 1 })).toBe('{"a":1}');
    expect(restored).toEqual(['stringify']);
    expect(Reflect.get(Math, 'brieflinkAdded')).toBe(1);
    Reflect.deleteProperty(Math, 'brieflinkAdded');
  });

  it('leaves push, JSON and Function.prototype.toString native after pdfjs and its worker load, and pdfjs reads a PDF', async () => {
    const pdfjs = await loadPdfjs();
    expect(await loadPdfjs()).toBe(pdfjs);
    for (const fn of [Array.prototype.push, JSON.stringify, JSON.parse, Function.prototype.toString]) expect(isNative(fn)).toBe(true);
    // What pdfjs needs from its polyfills on Node 20 is still there.
    expect(typeof Reflect.get(Promise, 'withResolvers')).toBe('function');
    const minimal = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF';
    const doc = await pdfjs.getDocument({ data: new TextEncoder().encode(minimal), isEvalSupported: false, verbosity: 0 }).promise;
    expect(doc.numPages).toBe(1);
    await doc.destroy();
  });
});
