import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../../common/contract';
import { dispatch } from '../../../common/dispatch';
import { editorState, paragraphNode, textNode } from '../../../common/editorState';
import type { Development } from '../../../common/development';
import type { Note } from '../../../common/note';
import { ERROR_CODES, type ErrorCode, type Result } from '../../../common/result';
import type { Backend } from '../../../electron/services/bootstrap';
import { makeTempDir, removeTempDir, startTestBackend } from '../../support/backendFixture';
import { developmentFields } from '../../support/developmentFields';

/** Calls per run (the issue asks for at least 10,000; about 15 s here). */
const CASES = 15_000;

/**
 * Codes a call may answer with. INTERNAL means a service threw something nobody expected;
 * STORAGE_FAILED on a healthy disk means a call reached a path it should never build.
 */
const EXPECTED_CODES: ReadonlySet<ErrorCode> = new Set(ERROR_CODES.filter((code) => code !== 'INTERNAL' && code !== 'STORAGE_FAILED'));

/** Strings a hostile window would try: paths out of the workspace, control characters, ids of real things, prototype keys. */
function hostileStrings(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      '../../../../etc/passwd',
      '..\\..\\..\\windows\\win.ini',
      '/etc/shadow',
      'C:\\Windows\\System32\\drivers\\etc\\hosts',
      '%2e%2e%2f%2e%2e%2fsecret',
      'note\u0000.json',
      '\u202eexe.pdf',
      'CON',
      '__proto__',
      'constructor',
      'prototype',
      '',
      ' ',
      'a'.repeat(300),
      'upload-' + 'A'.repeat(32),
      '2026-03-01T09-00-00-000Z--export',
      'javascript:alert(1)',
      'file:///etc/passwd',
      '{"$ref":"#"}',
      ...known,
    ),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    fc.base64String({ maxLength: 200 }),
  );
}

function hostileValues(known: string[]): fc.Arbitrary<unknown> {
  const strings = hostileStrings(known);
  const leaf = fc.oneof(
    strings,
    fc.integer(),
    fc.constantFrom(0, -1, 1, 2 ** 31, Number.MAX_SAFE_INTEGER, -0, 1.5, 1e308),
    fc.boolean(),
    fc.constant(null),
  );
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(leaf, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(strings, leaf, { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

/** The keys a method's arguments may have, read from the contract's schema (objects and unions of objects). */
function keysOf(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; options?: unknown[]; def?: { innerType?: unknown } } | undefined;
  if (!s) return [];
  if (s.shape) return Object.keys(s.shape);
  if (s.options) return [...new Set(s.options.flatMap(keysOf))];
  if (s.def?.innerType) return keysOf(s.def.innerType);
  return [];
}

/** Every file-system call that writes, with the paths it writes to (node:fs patched in place, put back by restore). */
function watchWrites(): { paths: string[]; restore(): void } {
  const paths: string[] = [];
  const patched = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  /** `which(args)`: the argument naming the place written. */
  const watch = (name: string, which: (args: unknown[]) => unknown) => {
    const original = patched[name];
    originals.set(name, original);
    patched[name] = (...args: unknown[]) => {
      const target = which(args);
      if (typeof target === 'string' || target instanceof URL) paths.push(String(target));
      return original.apply(fs, args);
    };
  };
  watch('openSync', ([file, flags]) => (flags === undefined || flags === 'r' || flags === fs.constants.O_RDONLY ? undefined : file));
  for (const name of ['writeFileSync', 'appendFileSync', 'mkdirSync', 'rmSync', 'unlinkSync', 'rmdirSync']) watch(name, ([file]) => file);
  for (const name of ['renameSync', 'copyFileSync']) watch(name, ([, to]) => to);
  return {
    paths,
    restore: () => {
      for (const [name, original] of originals) patched[name] = original;
    },
  };
}

describe('every contract method under random and malformed arguments, through the dispatcher both hosts use', () => {
  let outer: string;
  let dataDir: string;
  let backend: Backend;
  let note: Note;
  let development: Development;
  const samples = new Map<MethodName, unknown>();

  beforeAll(async () => {
    outer = makeTempDir('brieflink-fuzz-');
    dataDir = path.join(outer, 'workspace');
    backend = startTestBackend(dataDir);
    const call = async (method: MethodName, args: unknown) => {
      const result = await dispatch(backend.handlers, method, args);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    };
    note = (await call('notes.create', { templateId: 'decision-note' })) as Note;
    development = (await call('library.create', { fields: developmentFields() })) as Development;
    await call('export.docx', { noteId: note.id });
    const body = editorState([paragraphNode([textNode('Text the fuzzing leaves alone.')])]);
    const snapshotId = ((await call('notes.history.list', { noteId: note.id })) as { id: string }[])[0].id;
    // A valid call for each method: the fuzzer changes them a part at a time.
    const valid: Partial<Record<MethodName, unknown>> = {
      'settings.update': { author: { name: 'Fuzz' } },
      'notes.create': { templateId: 'decision-note' },
      'notes.open': { id: note.id },
      'notes.save': { id: note.id, metadata: note.metadata, body, baseRevision: note.revision },
      'notes.pageCount': { id: note.id },
      'notes.delete': { id: note.id },
      'library.search': { query: 'trade' },
      'library.get': { id: development.id },
      'library.create': { fields: developmentFields() },
      'library.update': { id: development.id, fields: developmentFields(), revision: development.revision },
      'library.trash': { id: development.id },
      'library.restore': { id: development.id },
      'library.revisions': { id: development.id },
      'library.restoreRevision': { id: development.id, revision: 1, currentRevision: development.revision },
      'library.addTopic': { name: 'fuzzing' },
      'library.importFile': { fileName: 'note.txt', dataBase64: Buffer.from('A short text to import.').toString('base64') },
      'library.importText': { text: 'A short text to import.' },
      'library.saveImport': { action: 'keep both', fields: developmentFields() },
      'library.exportBundle': { query: '' },
      'library.importBundle': { fileName: 'b.brieflink.json', dataBase64: Buffer.from('{}').toString('base64') },
      'uploads.chooseFile': { kind: 'bundle' },
      'library.resolveConflict': { resolution: 'keep-mine', theirs: development },
      'export.pdf': { noteId: note.id },
      'export.preview': { noteId: note.id },
      'export.docx': { noteId: note.id },
      'export.print': { noteId: note.id },
      'notes.duplicate': { id: note.id },
      'notes.rename': { id: note.id, title: 'Renamed', baseRevision: note.revision },
      'notes.trash.restore': { trashId: `${note.id}.2026-03-01T09-00-00-000Z` },
      'notes.history.list': { noteId: note.id },
      'notes.history.preview': { noteId: note.id, snapshotId },
      'notes.history.restore': { noteId: note.id, snapshotId },
      'notes.history.compare': { noteId: note.id, from: snapshotId, to: 'now' },
      'notes.history.sinceCleared': { noteId: note.id },
      'notes.recover': { noteId: note.id },
      'notes.openReadOnly': { id: note.id },
      'templates.get': { id: 'decision-note' },
      'templates.saveFromNote': { noteId: note.id, name: 'From fuzz' },
      'templates.update': { template: { id: 'decision-note' } },
      'templates.duplicate': { id: 'decision-note' },
      'templates.delete': { id: 'decision-note' },
      'templates.import': { fileName: 't.json', contents: '{}' },
      'spelling.addPersonalWord': { word: 'Brieflink' },
      'templates.export': { id: 'decision-note' },
      'notes.setCitationStyle': { noteId: note.id, citationStyle: 'numbered' },
      'snippets.status': { noteId: note.id },
      'notes.freezeLinks': { noteId: note.id },
      'library.backlinks': { developmentId: development.id },
      'library.addFromSnippet': { noteId: note.id, snippetId: 'snippet-1' },
      'notes.share': { noteId: note.id },
      'notes.importShared': { fileName: 'n.brieflink-note.json', dataBase64: Buffer.from('{}').toString('base64') },
      'notes.resolveSharedSource': { noteId: note.id, developmentId: development.id, resolution: 'keep-note' },
    };
    for (const method of METHOD_NAMES) samples.set(method, valid[method] ?? {});
  });
  afterAll(async () => {
    await backend?.close();
    removeTempDir(outer);
  });

  it(`answers ${CASES.toLocaleString('en')} calls with a result or an expected error, never crashes, and writes only inside the workspace`, async () => {
    const known = [note.id, development.id, 'decision-note'];
    const values = hostileValues(known);
    const method = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...METHOD_NAMES) },
      { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'notes.save ', 'NOTES.SAVE', 'toString', 'hasOwnProperty', '') },
      { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
    );
    const call = method.chain((name) => {
      const sample = samples.get(name as MethodName);
      const keys = Object.hasOwn(contract, name) ? keysOf(contract[name as MethodName].args) : [];
      const withKeys = keys.length ? fc.dictionary(fc.constantFrom(...keys), values, { maxKeys: keys.length }) : fc.dictionary(fc.string(), values);
      const mutated =
        sample && typeof sample === 'object' && Object.keys(sample).length
          ? fc.tuple(fc.constantFrom(...Object.keys(sample)), values).map(([key, value]) => ({ ...(sample as object), [key]: value }))
          : withKeys;
      const args = fc.oneof(
        { weight: 2, arbitrary: values },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 3, arbitrary: withKeys },
        { weight: 4, arbitrary: mutated },
        { weight: 1, arbitrary: fc.constant(sample ?? {}) },
      );
      return args.map((value) => ({ name, value }));
    });

    const writes = watchWrites();
    const unexpected: { method: string; args: unknown; code: string; message: string }[] = [];
    const codes = new Map<string, number>();
    let cases = 0;
    const started = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(call, async ({ name, value }) => {
          cases += 1;
          let thrown: unknown;
          const result: Result<unknown> = await dispatch(backend.handlers, name, value, (_method, error) => {
            thrown = error;
          });
          const code = result.ok ? 'ok' : result.error.code;
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (!result.ok && !EXPECTED_CODES.has(result.error.code)) {
            const cause = thrown instanceof Error ? (thrown.stack ?? thrown.message).split('\n').slice(0, 4).join(' | ') : String(thrown);
            unexpected.push({ method: name, args: value, code: result.error.code, message: `${result.error.message} (${cause})` });
            return false;
          }
          if (result.ok) contract[name as MethodName].result.parse(result.value);
          return true;
        }),
        { numRuns: CASES, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
      );
    } catch (error) {
      if (unexpected.length === 0) throw error;
    } finally {
      writes.restore();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.info(`Contract fuzz: ${cases} calls in ${seconds} s; answers ${JSON.stringify(Object.fromEntries(codes))}`);
    }
    expect(unexpected).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(CASES);
    const outside = writes.paths.filter((file) => path.relative(dataDir, path.resolve(file)).startsWith('..'));
    expect(outside).toEqual([]);
    expect(fs.readdirSync(outer)).toEqual(['workspace']);
  }, 240_000);
});
