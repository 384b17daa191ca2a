import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applySettingsPatch, settingsPatchSchema, settingsSchema, type Settings } from '../../../../../common/settings';
import { createJsonSettingsStore } from '../../../../../electron/host/jsonSettingsStore';
import { makeTempDir, removeTempDir } from '../../../../support/backendFixture';

describe('createJsonSettingsStore', () => {
  let dir: string;
  let file: string;
  let backupsDir: string;
  beforeEach(() => {
    dir = makeTempDir('brieflink-settings-');
    file = path.join(dir, 'settings.json');
    backupsDir = path.join(dir, 'backups');
  });
  afterEach(() => removeTempDir(dir));

  it('gives the defaults and no notice when there is no settings file, without creating one', () => {
    const store = createJsonSettingsStore(file, backupsDir);
    expect(store.read()).toEqual({
      author: { name: '', organisation: '', initials: '', office: '' },
      defaultTemplateId: 'decision-note',
      paper: 'A4',
      defaultLanguage: 'en-CA',
      recentNoteIds: [],
    });
    expect(store.notice).toBeNull();
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(backupsDir)).toBe(false);
  });

  it('persists written settings so a new store reads them back', () => {
    const settings: Settings = {
      author: { name: 'Ada Analyst', organisation: 'Policy Branch', initials: 'AA', office: 'Trade Policy' },
      defaultTemplateId: 'information-note',
      paper: 'Letter',
      defaultLanguage: 'fr-CA',
      recentNoteIds: ['note-1', 'note-2'],
    };
    const store = createJsonSettingsStore(file, backupsDir);
    store.write(settings);
    expect(store.read()).toEqual(settings);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(settings);

    const reopened = createJsonSettingsStore(file, backupsDir);
    expect(reopened.read()).toEqual(settings);
    expect(reopened.notice).toBeNull();
  });

  it('fills in defaults for keys missing from a partial file without a notice', () => {
    fs.writeFileSync(file, JSON.stringify({ paper: 'Letter' }));
    const store = createJsonSettingsStore(file, backupsDir);
    expect(store.read()).toEqual({ ...DEFAULT_SETTINGS, paper: 'Letter' });
    expect(store.notice).toBeNull();
  });

  function expectRecovered(originalBytes: Buffer, reason: RegExp) {
    fs.writeFileSync(file, originalBytes);
    const store = createJsonSettingsStore(file, backupsDir);

    expect(store.read()).toEqual(DEFAULT_SETTINGS);
    const notice = store.notice;
    expect(notice).not.toBeNull();
    expect(notice!.backupFileName).toMatch(/^settings-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/);
    expect(notice!.message).toContain(notice!.backupFileName);
    expect(notice!.message).toMatch(reason);

    // The old file is kept, byte for byte, in the backups folder.
    expect(fs.readdirSync(backupsDir)).toEqual([notice!.backupFileName]);
    expect(fs.readFileSync(path.join(backupsDir, notice!.backupFileName)).equals(originalBytes)).toBe(true);

    // settings.json has been replaced by valid defaults.
    const rewritten = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(settingsSchema.parse(rewritten)).toEqual(DEFAULT_SETTINGS);
    expect(rewritten).toEqual(DEFAULT_SETTINGS);

    // The next start reads the repaired file quietly.
    const next = createJsonSettingsStore(file, backupsDir);
    expect(next.notice).toBeNull();
    expect(next.read()).toEqual(DEFAULT_SETTINGS);
    expect(fs.readdirSync(backupsDir)).toHaveLength(1);
  }

  it('recovers from corrupt JSON: defaults, a notice naming the backup, an exact backup and a valid file', () => {
    expectRecovered(Buffer.from('{not json', 'utf8'), /not valid JSON/);
  });

  it('keeps the exact original bytes of a corrupt file that is not even UTF-8', () => {
    expectRecovered(Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a]), /not valid JSON/);
  });

  it('recovers the same way from valid JSON with a value of the wrong type (paper: 7)', () => {
    expectRecovered(Buffer.from(JSON.stringify({ paper: 7, author: { name: 'Kept?' } }), 'utf8'), /does not understand/);
  });

  it('recovers the same way from valid JSON that is not an object (null)', () => {
    expectRecovered(Buffer.from('null', 'utf8'), /does not understand/);
  });

  it('recovers the same way from an out-of-range value (paper: "A3")', () => {
    expectRecovered(Buffer.from(JSON.stringify({ paper: 'A3' }), 'utf8'), /does not understand/);
  });
});

describe('applySettingsPatch', () => {
  const current: Settings = {
    author: { name: 'Ada Analyst', organisation: 'Policy Branch', initials: 'AA', office: 'Trade Policy' },
    defaultTemplateId: 'decision-note',
    paper: 'A4',
    defaultLanguage: 'en-CA',
    recentNoteIds: ['a'],
  };

  it('merges a partial author patch, keeping the other author field', () => {
    expect(applySettingsPatch(current, { author: { name: 'Bea Briefer' } })).toEqual({
      ...current,
      author: { name: 'Bea Briefer', organisation: 'Policy Branch', initials: 'AA', office: 'Trade Policy' },
    });
    expect(applySettingsPatch(current, { author: { organisation: 'Treasury' } }).author).toEqual({
      name: 'Ada Analyst',
      organisation: 'Treasury',
      initials: 'AA',
      office: 'Trade Policy',
    });
  });

  it('changes only the keys in the patch and does not mutate the current settings', () => {
    const next = applySettingsPatch(current, { paper: 'Letter' });
    expect(next).toEqual({ ...current, paper: 'Letter' });
    expect(current.paper).toBe('A4');
  });

  it('returns the same settings for an empty patch', () => {
    expect(applySettingsPatch(current, {})).toEqual(current);
  });
});

describe('settingsPatchSchema', () => {
  it('accepts a partial patch with known keys', () => {
    expect(settingsPatchSchema.parse({ author: { name: 'X' } })).toEqual({ author: { name: 'X' } });
  });

  it('rejects unknown top-level keys', () => {
    const result = settingsPatchSchema.safeParse({ paper: 'A4', theme: 'dark' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['theme'] });
  });

  it('rejects values of the wrong type or out of range', () => {
    expect(settingsPatchSchema.safeParse({ paper: 7 }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ paper: 'A3' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ author: { name: 'x'.repeat(201) } }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ recentNoteIds: Array.from({ length: 21 }, (_, i) => `n${i}`) }).success).toBe(false);
  });
});
