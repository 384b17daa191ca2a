import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareWithReadme,
  explanationsFromReadme,
  findingsFromSarif,
  scanWithElectronegativity,
  type Finding,
} from '../../../scripts/electronegativity.mjs';
import { PROJECT_ROOT } from '../../support/backendFixture';

/** A report as Electronegativity 1.10.3 writes it with -o <file>.sarif -r. */
const sarif = JSON.stringify({
  version: '2.1.0',
  runs: [
    {
      results: [
        { ruleId: 'PRELOAD_JS_CHECK', locations: [{ physicalLocation: { artifactLocation: { uri: 'electron/shell/mainWindow.ts' }, region: { startLine: 14 } } }] },
        { ruleId: 'CSP_GLOBAL_CHECK', locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///' } } }] },
        { ruleId: 'AUXCLICK_JS_CHECK', locations: [{ physicalLocation: { artifactLocation: { uri: 'electron\\main.ts' }, region: { startLine: 3 } } }] },
      ],
    },
  ],
});

const readme = [
  '| check | file | why it stays |',
  '| --- | --- | --- |',
  '| `PRELOAD_JS_CHECK` | `electron/shell/mainWindow.ts` | the preload exposes named functions only |',
  '| `OPEN_EXTERNAL_JS_CHECK` | `electron/shell/security.ts` | only http(s) |',
  '| `NOT_A_ROW` | `x` | ignored: not a check id |',
].join('\n');

describe('reading Electronegativity against the README', () => {
  it('reads check, file and line from its SARIF report', () => {
    expect(findingsFromSarif(sarif)).toEqual([
      { check: 'PRELOAD_JS_CHECK', file: 'electron/shell/mainWindow.ts', line: 14 },
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 0 },
      { check: 'AUXCLICK_JS_CHECK', file: 'electron/main.ts', line: 3 },
    ]);
  });

  it('names every finding without an explanation, and every explanation without a finding', () => {
    const { unexplained, stale } = compareWithReadme(findingsFromSarif(sarif), explanationsFromReadme(readme));
    expect(unexplained.map((finding) => finding.check)).toEqual(['CSP_GLOBAL_CHECK', 'AUXCLICK_JS_CHECK']);
    expect(stale.map((explanation) => explanation.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
  });

  it('an explanation covers its check in its file only', () => {
    const moved: Finding = { check: 'PRELOAD_JS_CHECK', file: 'electron/main.ts', line: 30 };
    expect(compareWithReadme([moved], explanationsFromReadme(readme)).unexplained).toEqual([moved]);
  });
});

describe('Electronegativity on the desktop shell and the renderer page', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await scanWithElectronegativity(PROJECT_ROOT);
  }, 120_000);

  it('finds nothing that the README’s security section does not explain, and the README explains nothing it does not find', () => {
    const explanations = explanationsFromReadme(fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8'));
    expect(explanations.length).toBeGreaterThan(0);
    expect(compareWithReadme(findings, explanations)).toEqual({ unexplained: [], stale: [] });
  });

  it('the fixed findings stay fixed: no middle-click windows, and a CSP is found and evaluated', () => {
    expect(findings.filter((finding) => finding.check === 'AUXCLICK_JS_CHECK')).toEqual([]);
    // "No CSP" is reported against no file; a CSP it found and judged names its file.
    expect(findings.filter((finding) => finding.check === 'CSP_GLOBAL_CHECK' && finding.file === 'N/A')).toEqual([]);
  });
});
