import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEVELOPMENTS, parseSampleDevelopments } from '../../../../../electron/services/library/defaultDevelopments';
import { PROJECT_ROOT } from '../../../../support/backendFixture';

describe('the sample developments', () => {
  const raw = () => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'samples', 'developments.json'), 'utf8')) as Record<string, unknown>[];

  it('are read from samples/developments.json, each once, reviewed by people', () => {
    expect(DEFAULT_DEVELOPMENTS.map((development) => development.id)).toEqual(raw().map((entry) => entry.id));
    expect(new Set(DEFAULT_DEVELOPMENTS.map((development) => development.id)).size).toBe(DEFAULT_DEVELOPMENTS.length);
    expect(DEFAULT_DEVELOPMENTS.length).toBeGreaterThan(10);
    for (const development of DEFAULT_DEVELOPMENTS) expect(development).toMatchObject({ summaryProvenance: 'human', keyPointsProvenance: 'human' });
  });

  it('refuse an entry that is not a development, naming the field', () => {
    const entries = raw();
    entries[2] = { ...entries[2], status: 'rumoured' };
    expect(() => parseSampleDevelopments(entries)).toThrow(/samples\/developments\.json does not hold valid developments:[\s\S]*status/);
    expect(() => parseSampleDevelopments([{ ...raw()[0], revision: 3 }])).toThrow(/revision/);
  });
});
