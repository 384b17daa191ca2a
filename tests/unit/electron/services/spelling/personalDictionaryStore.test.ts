import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../../../common/contract';
import { AppError } from '../../../../../common/result';
import { createPersonalDictionaryStore, PERSONAL_DICTIONARY_FILE } from '../../../../../electron/services/spelling/personalDictionaryStore';

describe('the personal dictionary in the workspace', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-dictionary-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  const file = () => path.join(root, PERSONAL_DICTIONARY_FILE);

  it('starts empty, and keeps added words in a sorted file that a new store reads back', () => {
    const store = createPersonalDictionaryStore(root);
    expect(store.read()).toEqual({ words: [], problem: null });
    store.add('Mississauga');
    expect(store.add('brieflink')).toEqual({ words: ['brieflink', 'Mississauga'], problem: null });
    expect(fs.readFileSync(file(), 'utf8')).toBe('brieflink\nMississauga\n');
    expect(createPersonalDictionaryStore(root).read().words).toEqual(['brieflink', 'Mississauga']);
    // Adding a word again leaves one copy.
    expect(store.add('brieflink').words).toEqual(['brieflink', 'Mississauga']);
    expect(fs.readdirSync(root)).toEqual([PERSONAL_DICTIONARY_FILE]);
  });

  it('refuses what is not a single word, and writes nothing', () => {
    const store = createPersonalDictionaryStore(root);
    for (const bad of ['two words', '', 'x'.repeat(65), 'tab\there', '1234', 'line\nbreak']) {
      expect(() => store.add(bad), JSON.stringify(bad)).toThrow(AppError);
    }
    expect(fs.existsSync(file())).toBe(false);
  });

  it('refuses the same words at the contract, before they reach the back end', () => {
    const args = contract['spelling.addPersonalWord'].args;
    expect(args.safeParse({ word: 'goverment' }).success).toBe(true);
    expect(args.safeParse({ word: 'two words' }).success).toBe(false);
    expect(args.safeParse({ word: 'x'.repeat(65) }).success).toBe(false);
    expect(args.safeParse({ word: 'x'.repeat(64) }).success).toBe(true);
  });

  it('reads a corrupt file as an empty list with a clear message, and never overwrites it', () => {
    const corrupt = Buffer.from([0x62, 0x72, 0xff, 0xfe, 0x00, 0x0a]);
    fs.writeFileSync(file(), corrupt);
    const store = createPersonalDictionaryStore(root);
    const read = store.read();
    expect(read.words).toEqual([]);
    expect(read.problem).toMatch(/personal-dictionary\.txt.*not UTF-8 text.*left as it is/);
    expect(() => store.add('brieflink')).toThrow(/left as it is/);
    expect(fs.readFileSync(file())).toEqual(corrupt);
  });

  it('skips comments and blank lines of a file edited by hand', () => {
    fs.writeFileSync(file(), '# my words\n\nOECD-wide\n  Brieflink  \n');
    expect(createPersonalDictionaryStore(root).read()).toEqual({ words: ['Brieflink', 'OECD-wide'], problem: null });
  });
});
