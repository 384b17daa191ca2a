import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/host/browserBackend';
import { callMethod } from '../support/callMethod';
import { startTestBackend } from '../support/backendFixture';
import { docxArticle, htmlArticle, pdfArticle } from '../support/importFixtures';
import { makeNote } from '../support/noteFiles';

const CLI = path.join(PROJECT_ROOT, 'out', 'main', 'cli.js');

function brieflink(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dataDir, env: { ...process.env, BRIEFLINK_DATA_DIR: path.join(dataDir, 'ws') }, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test.describe('command line', () => {
  let dir: string;
  test.beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-cli-'));
  });
  test.afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('is built as an executable node script', () => {
    expect(fs.readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    const help = brieflink(dir, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('brieflink search "<query>"');
    // Run as a command, as `npx brieflink` does, not through node: the build sets its mode.
    expect(fs.statSync(CLI).mode & 0o111).not.toBe(0);
    const direct = spawnSync(CLI, ['--help'], { encoding: 'utf8' });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toContain('brieflink import');
  });

  test('prints every extracted field with its evidence with --json', () => {
    fs.writeFileSync(
      path.join(dir, 'story.txt'),
      [
        'Japan passes first law on artificial intelligence',
        'By Kenji Mori',
        "TOKYO, May 28 (Reuters) - Japan's upper house on Wednesday approved the country's first law on artificial intelligence, which tells the government to promote research.",
        'The chapters on the strategy headquarters apply from September 1, officials said. The approach differs from the European Union rules.',
      ].join('\n\n'),
    );
    const run = brieflink(dir, 'import', 'story.txt', '--json');
    expect(run.code).toBe(0);
    const [outcome] = JSON.parse(run.stdout);
    expect(outcome).toMatchObject({ file: 'story.txt', status: 'imported' });
    expect(outcome.extracted).toMatchObject({
      title: { value: 'Japan passes first law on artificial intelligence', unsure: false },
      publisher: { value: 'Reuters', evidence: 'TOKYO, May 28 (Reuters) -', unsure: false },
      publishedDate: { value: '2025-05-28', evidence: 'TOKYO, May 28 (Reuters) -', unsure: true },
      jurisdictions: { value: ['Japan'] },
      mentionedJurisdictions: { value: ['European Union'] },
      status: { value: 'adopted' },
    });
    expect(outcome.extracted.keyDates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: '2025-05-28', source: 'Wednesday', estimate: false }),
        expect.objectContaining({ date: '2025-09-01', source: 'September 1', estimate: false }),
      ]),
    );
    expect(outcome.extracted.summary).toMatch(/^Japan's upper house on Wednesday approved/);
  });

  test('imports files into the app workspace, reports bad ones, and searches', async () => {
    fs.writeFileSync(path.join(dir, 'wire.html'), htmlArticle({ url: 'https://wire.example/sensors' }));
    fs.writeFileSync(path.join(dir, 'guidance.docx'), await docxArticle());
    fs.writeFileSync(path.join(dir, 'call.pdf'), await pdfArticle());
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x61));

    const run = brieflink(dir, 'import', 'wire.html', 'empty.txt', 'guidance.docx', 'huge.txt', 'call.pdf');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✓ wire.html: imported as “Ministry of Trade sets tiered licences for sensor exports”');
    expect(run.stdout).toContain('✓ guidance.docx: imported');
    expect(run.stdout).toContain('✓ call.pdf: imported as “Semiconductor subsidy programme opens second call”');
    expect(run.stderr).toContain('✗ empty.txt: this file is empty.');
    expect(run.stderr).toContain('✗ huge.txt: this file is 50.0 MB; the largest file Brieflink imports is 5.0 MB.');
    expect(run.stdout).toContain('3 of 5 files handled');

    const again = brieflink(dir, 'import', 'wire.html', '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject([{ status: 'skipped', message: expect.stringContaining('same URL') }]);

    const search = brieflink(dir, 'search', 'sensor licences', '--json');
    expect(search.code).toBe(0);
    const hits = JSON.parse(search.stdout) as Array<{ title: string; needsReview: boolean }>;
    expect(hits[0]).toMatchObject({ title: 'Ministry of Trade sets tiered licences for sensor exports', needsReview: true });
    expect(brieflink(dir, 'search', 'sensor').stdout).toContain('[sensor]');

    // The app, opened on the same workspace, sees the imports waiting for review.
    const backend = startTestBackend(path.join(dir, 'ws'));
    try {
      const review = await callMethod(backend.handlers, 'library.search', { query: '', filters: { needsReview: true } });
      expect(review.ok && review.value.map((hit) => hit.title).sort()).toEqual([
        'Data protection authority issues guidance on cloud transfers',
        'Ministry of Trade sets tiered licences for sensor exports',
        'Semiconductor subsidy programme opens second call',
      ]);
    } finally {
      await backend.close();
    }
  });

  test('explains a wrong command', () => {
    const run = brieflink(dir, 'publish');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('brieflink: unknown command "publish".');
  });

  test('exports a note of the app workspace to PDF, and says why when it cannot', () => {
    const workspace = path.join(dir, 'ws', 'notes');
    fs.mkdirSync(workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, 'cli-note.note.json'), JSON.stringify(makeNote({ id: 'cli-note', subject: 'Command line export', text: 'Exported from a terminal.' })));
    const ok = brieflink(dir, 'export', 'Command line export', '--pdf', 'out.pdf');
    expect(ok.code, ok.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const missing = brieflink(dir, 'export', 'No such note', '--pdf', 'out2.pdf');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No note has the id or the exact subject "No such note"');
    expect(fs.existsSync(path.join(dir, 'out2.pdf'))).toBe(false);
  });
});
