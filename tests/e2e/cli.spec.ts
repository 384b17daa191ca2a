import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/host/browserBackend';
import { callMethod } from '../support/callMethod';
import { startTestBackend } from '../support/backendFixture';
import { docxArticle, htmlArticle, pdfArticle } from '../support/importFixtures';

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
    const run = brieflink(dir, 'export');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('brieflink: unknown command "export".');
  });
});
