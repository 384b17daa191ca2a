import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../common/result';
import { writeExportFile } from '../../../../../electron/services/export/writeExport';

describe('writeExportFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-write-export-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function failure(target: string): AppError {
    try {
      writeExportFile(target, new Uint8Array([1, 2, 3]));
    } catch (error) {
      return error as AppError;
    }
    throw new Error('expected a failure');
  }

  it('writes the file, replacing an older one', () => {
    const target = path.join(dir, 'note.pdf');
    fs.writeFileSync(target, 'old');
    writeExportFile(target, new Uint8Array([37, 80, 68, 70]));
    expect(fs.readFileSync(target, 'latin1')).toBe('%PDF');
    expect(fs.readdirSync(dir)).toEqual(['note.pdf']);
  });

  it('names the place and the reason when it cannot write, and leaves nothing behind', () => {
    const missing = failure(path.join(dir, 'no-such-folder', 'note.pdf'));
    expect(missing).toBeInstanceOf(AppError);
    expect(missing.code).toBe('EXPORT_FAILED');
    expect(missing.message).toBe(`Could not save "note.pdf" in ${path.join(dir, 'no-such-folder')}: the folder does not exist. The note was not changed.`);
    fs.mkdirSync(path.join(dir, 'taken.pdf'));
    expect(failure(path.join(dir, 'taken.pdf')).message).toContain(': a folder has that name.');
    fs.writeFileSync(path.join(dir, 'file'), 'x');
    expect(failure(path.join(dir, 'file', 'note.pdf')).message).toContain(': part of the path is not a folder.');
    expect(fs.readdirSync(dir).sort()).toEqual(['file', 'note.pdf', 'taken.pdf']);
  });
});
