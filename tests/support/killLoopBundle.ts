import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from './backendFixture';

/**
 * Document and export libraries the kill loop's back end never calls (it saves notes,
 * imports text and edits the library) but would load at start: jsdom alone takes seconds.
 * In the child's bundle each is loaded from node_modules on its first use instead, through
 * a stand-in that forwards every call, `new`, and property read to the real export.
 */
const LOADED_ON_FIRST_USE = ['jsdom', 'mammoth', 'linkedom', '@mozilla/readability', 'docx', 'pdf-lib', 'playwright-core'];

const requireHere = createRequire(path.join(PROJECT_ROOT, 'package.json'));

function onFirstUse(): Plugin {
  return {
    name: 'load-on-first-use',
    setup(builder) {
      const filter = new RegExp(`^(${LOADED_ON_FIRST_USE.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`);
      builder.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'on-first-use' }));
      builder.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => {
        const names = Object.keys(requireHere(args.path) as object).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
        const contents = [
          `import { createRequire } from 'node:module';`,
          `let real;`,
          `const load = () => (real ??= createRequire(${JSON.stringify(path.join(PROJECT_ROOT, 'package.json'))})(${JSON.stringify(args.path)}));`,
          `const forward = (name) => new Proxy(function () {}, {`,
          `  get: (_, key) => Reflect.get(load()[name], key),`,
          `  has: (_, key) => Reflect.has(load()[name], key),`,
          `  construct: (_, list) => Reflect.construct(load()[name], list),`,
          `  apply: (_, self, list) => Reflect.apply(load()[name], self, list),`,
          `});`,
          `export default new Proxy({}, { get: (_, key) => Reflect.get(load(), key) });`,
          ...names.map((name) => `export const ${name} = forward(${JSON.stringify(name)});`),
        ].join('\n');
        return { contents, loader: 'js', resolveDir: PROJECT_ROOT };
      });
    },
  };
}

/** Bundles the kill loop's back end into out/kill-loop (two levels down, as the fixture's paths expect); returns the file. */
export async function bundleKillLoopBackend(): Promise<string> {
  const outfile = path.join(PROJECT_ROOT, 'out', 'kill-loop', 'backend.mjs');
  await build({
    entryPoints: [path.join(PROJECT_ROOT, 'tests', 'support', 'killLoopBackend.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    packages: 'external',
    plugins: [onFirstUse()],
    logLevel: 'error',
  });
  return outfile;
}
