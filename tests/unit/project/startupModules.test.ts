import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const RESOLVED_AS = ['', '.ts', '.tsx', '/index.ts'];

/**
 * The modules a file loads as soon as it is loaded: its static imports and re-exports that
 * carry values. Type-only imports vanish from the build, and `import()` loads later, when run.
 */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly));
      if (!typeOnly) found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found;
}

/** The packages loaded at start-up from these entry files, following the project's own files. */
function packagesAtStartup(entries: string[]): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = entries.map((entry) => path.join(ROOT, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
        continue;
      }
      const base = path.resolve(path.dirname(file), specifier.replace(/\?.*$/, ''));
      const next = RESOLVED_AS.map((ending) => base + ending).find((candidate) => /\.tsx?$/.test(candidate) && fs.existsSync(candidate));
      if (next) queue.push(next);
    }
  }
  return packages;
}

// Loaded by the first export, import or print that needs them: each adds hundreds of
// milliseconds to start-up (pdf-lib alone about a second on a loaded machine).
const LOADED_WHEN_NEEDED = ['pdf-lib', 'docx', 'pdfjs-dist', 'jsdom', 'linkedom', 'mammoth', '@mozilla/readability', 'dompurify', 'playwright-core'];

describe('what the back end loads at start-up', () => {
  it.each([
    ['the browser host', 'electron/host/serve.ts'],
    ['the desktop app', 'electron/main.ts'],
  ])('%s loads the export, import and print libraries only when first needed', (_name, entry) => {
    const loaded = packagesAtStartup([entry]);
    expect(loaded.has('better-sqlite3')).toBe(true);
    expect(LOADED_WHEN_NEEDED.filter((name) => loaded.has(name))).toEqual([]);
  });
});

describe('what the window loads for its first screen', () => {
  it('loads no editor code (Lexical comes with the note editor) and no PDF or spelling library', () => {
    const loaded = [...packagesAtStartup(['renderer/main.tsx'])];
    expect(loaded).toContain('react-dom');
    // Lexical is most of the window's script; loaded with the first screen it doubled the script
    // the window ran before the notes list showed (about 720 KB instead of 390 KB).
    expect(loaded.filter((name) => name === 'lexical' || name.startsWith('@lexical/') || ['pdfjs-dist', 'hunspell-asm'].includes(name))).toEqual([]);
  });
});
