// Electronegativity (Doyensec's scanner for Electron misconfigurations) over the desktop shell
// and the renderer's page, where the CSP meta tag lives. Every finding must be fixed or
// explained, check by check and file by file, in the README's security section; an
// explanation nothing matches any more must go too. The scanner exits 0 whatever it finds,
// so its SARIF (JSON) report is read instead. `npm test` runs this through
// tests/unit/electronegativity.test.ts; `node scripts/electronegativity.mjs` runs it alone.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainModule } from './isMainModule.mjs';

/** What is scanned: the main process, the shell, the preload, and the page with the CSP. */
export const SCANNED = ['electron', path.join('renderer', 'index.html')];

/**
 * Its online check (security fixes in newer Electron releases) needs the network and answers
 * differently from one day to the next; the pinned Electron version is checked by hand instead.
 */
export const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** A check id with the file it was found in, e.g. PRELOAD_JS_CHECK in electron/shell/mainWindow.ts. */
const key = (item) => `${item.check} ${item.file}`;

/** The findings in a SARIF report: check, file (relative, forward slashes) and line. */
export function findingsFromSarif(sarifText) {
  const report = JSON.parse(sarifText);
  return report.runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? 'N/A';
      return { check: result.ruleId, file: uri.replace(/^file:\/\/\/?$/, 'N/A').replaceAll('\\', '/'), line: location?.region?.startLine ?? 0 };
    }),
  );
}

/** The README's explanations: table rows that start with a check id and a file, both in backticks. */
export function explanationsFromReadme(readme) {
  return [...readme.matchAll(/^\|\s*`([A-Z0-9_]+_CHECK)`\s*\|\s*`([^`]+)`\s*\|\s*(\S.*?)\s*\|\s*$/gm)].map((match) => ({
    check: match[1],
    file: match[2],
    why: match[3],
  }));
}

/** Findings without an explanation, and explanations without a finding. */
export function compareWithReadme(findings, explanations) {
  const explained = new Set(explanations.map(key));
  const found = new Set(findings.map(key));
  return {
    unexplained: findings.filter((finding) => !explained.has(key(finding))),
    stale: explanations.filter((explanation) => !found.has(key(explanation))),
  };
}

function electronVersion(root) {
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.electron.replace(/^[^\d]*/, '');
}

/** Runs the scanner on a copy of what is scanned (one folder, so one run sees the CSP too) and returns its findings. */
export async function scanWithElectronegativity(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-electronegativity-'));
  try {
    for (const part of SCANNED) fs.cpSync(path.join(root, part), path.join(stage, 'input', part), { recursive: true });
    const report = path.join(stage, 'report.sarif');
    const args = [cli, '-i', path.join(stage, 'input'), '-e', electronVersion(root), '-r', '-v', 'false', '-x', SKIPPED_CHECKS.join(','), '-o', report];
    await new Promise((resolve, reject) =>
      execFile(process.execPath, args, { cwd: stage, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
        error ? reject(new Error(`Electronegativity failed: ${error.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    if (!fs.existsSync(report)) throw new Error('Electronegativity wrote no report');
    return findingsFromSarif(fs.readFileSync(report, 'utf8'));
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** The whole check: what is wrong, in words, or an empty list. */
export async function electronegativityProblems(root) {
  const findings = await scanWithElectronegativity(root);
  const { unexplained, stale } = compareWithReadme(findings, explanationsFromReadme(fs.readFileSync(path.join(root, 'README.md'), 'utf8')));
  return [
    ...unexplained.map((item) => `${item.check} in ${item.file}:${item.line} is neither fixed nor explained in README.md (Security, Electronegativity)`),
    ...stale.map((item) => `README.md explains ${item.check} in ${item.file}, which Electronegativity no longer reports: remove the row`),
  ];
}

if (isMainModule(import.meta.url)) {
  const started = Date.now();
  const problems = await electronegativityProblems(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
  for (const problem of problems) console.error(problem);
  console.log(`Electronegativity: ${problems.length === 0 ? 'every finding is fixed or explained' : `${problems.length} problem(s)`} (${Date.now() - started} ms)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
