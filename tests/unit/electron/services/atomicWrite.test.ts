import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileStamp, writeFileAtomic } from '../../../../electron/services/atomicWrite';
import { makeTempDir, removeTempDir } from '../../../support/backendFixture';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('brieflink-atomic-');
  });
  afterEach(() => removeTempDir(dir));

  it('writes string content as UTF-8 to a new file', () => {
    const target = path.join(dir, 'note.json');
    writeFileAtomic(target, 'héllo – wörld');
    expect(fs.readFileSync(target, 'utf8')).toBe('héllo – wörld');
  });

  it('writes binary content byte for byte', () => {
    const target = path.join(dir, 'blob.bin');
    const bytes = new Uint8Array([0, 1, 2, 254, 255, 0x80, 0xc3]);
    writeFileAtomic(target, bytes);
    expect([...fs.readFileSync(target)]).toEqual([...bytes]);
  });

  it('replaces the content of an existing file completely', () => {
    const target = path.join(dir, 'settings.json');
    fs.writeFileSync(target, 'old content that is much longer than the new one');
    writeFileAtomic(target, 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
  });

  it('leaves no temporary files behind after writing', () => {
    const target = path.join(dir, 'a.json');
    writeFileAtomic(target, '1');
    writeFileAtomic(target, '2');
    writeFileAtomic(path.join(dir, 'b.json'), '3');
    expect(fs.readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });

  it('throws and leaves no temporary file when the rename fails because the target is a directory', () => {
    const target = path.join(dir, 'occupied');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside.txt'), 'untouched');
    expect(() => writeFileAtomic(target, 'data')).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['occupied']);
    expect(fs.statSync(target).isDirectory()).toBe(true);
    expect(fs.readFileSync(path.join(target, 'inside.txt'), 'utf8')).toBe('untouched');
  });

  it('throws when the folder does not exist, creating nothing', () => {
    const target = path.join(dir, 'missing', 'file.json');
    expect(() => writeFileAtomic(target, 'data')).toThrow(/ENOENT/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('fileStamp', () => {
  it('formats a date without characters that are unsafe in file names', () => {
    expect(fileStamp(new Date('2026-03-01T12:34:56.789Z'))).toBe('2026-03-01T12-34-56-789Z');
  });
});
