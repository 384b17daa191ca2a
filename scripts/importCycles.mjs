import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { isMainModule } from './isMainModule.mjs';

/** The code whose imports must not go round in a circle: the app itself, not its tests. */
export const CHECKED_DIRS = ['common', 'electron', 'renderer'];

const SOURCE = /\.(ts|tsx|mts)$/;
const RESOLVED_AS = ['', '.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];

function sourceFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(file);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** The files of the project a file imports (type-only imports too: they tie the modules together all the same). */
function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith('.')) return [];
    // Vite's suffixes (`./worker?worker`) name the same file.
    const base = path.resolve(path.dirname(file), fileName.replace(/\?.*$/, ''));
    const found = RESOLVED_AS.map((ending) => base + ending).find((candidate) => SOURCE.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    return found ? [found] : [];
  });
}

/** Every strongly connected group of files (Tarjan), so each tangle is told once however many loops it holds. */
function tangles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  function visit(node) {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group);
    }
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
}

/** One loop through a tangle, from its first file (by name) back to it, to show in a message. */
function loopThrough(group, graph) {
  const members = new Set(group);
  const start = [...group].sort()[0];
  const seen = new Set([start]);
  const walk = (node, trail) => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) return [...trail, start];
      if (!members.has(next) || seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

/** Each import cycle among the files under `dirs`, as the files of one loop (the first repeated at the end), relative to `root`. */
export function findImportCycles(root, dirs = CHECKED_DIRS) {
  const graph = new Map();
  for (const file of dirs.flatMap((dir) => sourceFiles(path.join(root, dir)))) graph.set(file, importsOf(file));
  return tangles(graph).map((group) => loopThrough(group, graph).map((file) => path.relative(root, file).split(path.sep).join('/')));
}

if (isMainModule(import.meta.url)) {
  const cycles = findImportCycles(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
  for (const cycle of cycles) console.error(`Import cycle: ${cycle.join(' → ')}`);
  console.log(cycles.length === 0 ? `No import cycles in ${CHECKED_DIRS.join('/, ')}/.` : `${cycles.length} import cycle(s).`);
  process.exitCode = cycles.length === 0 ? 0 : 1;
}
