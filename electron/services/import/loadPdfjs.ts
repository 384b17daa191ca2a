/**
 * Loads pdfjs-dist once per process, without letting it slow the rest of the back end.
 *
 * The legacy build (the one that runs on Node 20) bundles core-js, and on Node 20 core-js
 * replaces built-ins that already work with JavaScript versions for the whole process:
 * Array.prototype.push (its check for a V8 bug with non-writable lengths fails),
 * JSON.stringify, JSON.parse and Function.prototype.toString. After one PDF import every
 * push ran about 2.5 times and every JSON round trip about 3.5 times slower, in extraction,
 * SQLite rows and the contract alike. So pdfjs and its worker module are loaded together
 * here, and any built-in that existed before and was replaced is put back. The polyfills
 * that only add what Node 20 lacks (Promise.withResolvers, Uint8Array.fromBase64, Set
 * methods, iterator helpers …) stay: pdfjs needs them.
 */

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
/** Named through a constant: pdfjs-dist has no types for it, and only its side effect is wanted. */
const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/** Built-ins whose own properties core-js may replace. */
const BUILT_INS: object[] = [
  Array, Array.prototype, Object, Object.prototype, Function.prototype, JSON, Math, Number, Number.prototype, String, String.prototype,
  Promise, Promise.prototype, Map.prototype, Set.prototype, WeakMap.prototype, ArrayBuffer.prototype, Uint8Array, Uint8Array.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object, RegExp.prototype, Symbol,
];

let loading: Promise<PdfjsModule> | undefined;

function ownDescriptors(target: object): Map<PropertyKey, PropertyDescriptor> {
  return new Map(Reflect.ownKeys(target).map((key) => [key, Reflect.getOwnPropertyDescriptor(target, key)!]));
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return Object.is(a.value, b.value) && a.get === b.get && a.set === b.set;
}

/** Built-ins that existed before `load` ran and that it replaced, put back as they were; returns their names. */
export async function keepingBuiltIns<T>(load: () => Promise<T>): Promise<{ value: T; restored: string[] }> {
  const before = BUILT_INS.map(ownDescriptors);
  const value = await load();
  const restored: string[] = [];
  BUILT_INS.forEach((target, index) => {
    for (const [key, descriptor] of before[index]) {
      const now = Reflect.getOwnPropertyDescriptor(target, key);
      if (now && sameDescriptor(now, descriptor)) continue;
      Reflect.defineProperty(target, key, descriptor);
      restored.push(String(key));
    }
  });
  return { value, restored };
}

/** The pdfjs module, with its worker code loaded in this thread (pdfjs then uses it without a second import). */
export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= keepingBuiltIns(async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Sets globalThis.pdfjsWorker, which pdfjs's in-thread worker picks up: loading it now
    // keeps its own copy of core-js inside the window where built-ins are put back.
    await import(WORKER_MODULE);
    return pdfjs;
  }).then(({ value }) => value);
  return loading;
}
