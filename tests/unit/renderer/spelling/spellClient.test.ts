import { describe, expect, it } from 'vitest';
import type { DictionaryId } from '../../../../common/spelling/languages';
import type { SpellEngine } from '../../../../common/spelling/spellEngine';
import { createSpellClient, SpellCheckError, type SpellTransport } from '../../../../renderer/spelling/spellClient';
import type { SpellAnswer } from '../../../../renderer/spelling/spellProtocol';
import { createSpellService } from '../../../../renderer/spelling/spellService';
import { inProcessSpellTransport } from '../../../support/inProcessSpellTransport';

/** A dictionary of a few words per language, counting how often each is loaded. */
function wordListEngines() {
  const loads: DictionaryId[] = [];
  const lists: Partial<Record<DictionaryId, string[]>> = {
    'en-CA': ['the', 'colour', 'report', 'is', 'late', 'government'],
    'en-US': ['the', 'color', 'report', 'is', 'late', 'government'],
    fr: ['le', 'rapport', 'est', 'gouvernement'],
  };
  const open = async (dictionary: DictionaryId): Promise<SpellEngine> => {
    loads.push(dictionary);
    const words = lists[dictionary];
    if (!words) throw new Error(`no dictionary ${dictionary}`);
    const known = new Set(words);
    return {
      isCorrect: (word) => known.has(word.toLowerCase()),
      suggest: (word) => words.filter((candidate) => candidate[0] === word[0].toLowerCase()),
    };
  };
  return { loads, open };
}

function setUp() {
  const engines = wordListEngines();
  const transport = inProcessSpellTransport(createSpellService(engines.open));
  return { ...engines, transport, client: createSpellClient(transport) };
}

const checkCalls = (transport: ReturnType<typeof setUp>['transport']) => transport.requests.filter((request) => request.call === 'check');

describe('the spelling client and service', () => {
  it('answers each item by its key, in the language asked', async () => {
    const { client } = setUp();
    const results = await client.check([
      { key: 'b1', language: 'en-CA', text: 'The colour report' },
      { key: 'b2', language: 'en-US', text: 'The colour report' },
      { key: 'b3', language: 'fr-CA', text: 'Le rapport est lait' },
    ]);
    expect(results).toEqual([
      { key: 'b1', misspelt: [] },
      { key: 'b2', misspelt: [{ start: 4, end: 10, word: 'colour' }] },
      { key: 'b3', misspelt: [{ start: 15, end: 19, word: 'lait' }] },
    ]);
  });

  it('sends only text it has not checked before, and the same text once per call', async () => {
    const { client, transport } = setUp();
    await client.check([
      { key: 'b1', language: 'en-CA', text: 'The report is late' },
      { key: 'b2', language: 'en-CA', text: 'The reprot' },
      { key: 'b3', language: 'en-CA', text: 'The reprot' },
    ]);
    const second = await client.check([
      { key: 'b1', language: 'en-CA', text: 'The report is late' },
      { key: 'b2', language: 'en-CA', text: 'The reprot is' },
      { key: 'b3', language: 'en-CA', text: 'The reprot' },
    ]);
    const sent = checkCalls(transport).map((request) => (request.call === 'check' ? request.args.items.map((item) => item.text) : []));
    expect(sent).toEqual([['The report is late', 'The reprot'], ['The reprot is']]);
    expect(second.map((result) => result.misspelt.map((m) => m.word))).toEqual([[], ['reprot'], ['reprot']]);
  });

  it('checks the same text again in another language', async () => {
    const { client, transport } = setUp();
    await client.check([{ key: 'b1', language: 'en-CA', text: 'The colour' }]);
    const [result] = await client.check([{ key: 'b1', language: 'en-US', text: 'The colour' }]);
    expect(result.misspelt.map((m) => m.word)).toEqual(['colour']);
    expect(checkCalls(transport)).toHaveLength(2);
  });

  it('loads each dictionary once, on first use, even for checks that arrive while it loads', async () => {
    const { client, loads } = setUp();
    await Promise.all([
      client.load('fr-CA'),
      client.check([{ key: 'a', language: 'fr-FR', text: 'le rapport' }]),
      client.check([{ key: 'b', language: 'fr-CA', text: 'le gouvernement' }]),
    ]);
    await client.check([{ key: 'c', language: 'en-CA', text: 'the report' }]);
    expect(loads).toEqual(['fr', 'en-CA']);
  });

  it('forgets remembered answers when the personal dictionary changes', async () => {
    const { client, transport } = setUp();
    const item = { key: 'b1', language: 'en-CA' as const, text: 'The Brieflink report' };
    expect((await client.check([item]))[0].misspelt.map((m) => m.word)).toEqual(['Brieflink']);
    await client.setPersonalWords(['brieflink']);
    expect((await client.check([item]))[0].misspelt).toEqual([]);
    expect(checkCalls(transport)).toHaveLength(2);
  });

  it('keeps only the most recently used answers', async () => {
    const engines = wordListEngines();
    const transport = inProcessSpellTransport(createSpellService(engines.open));
    const client = createSpellClient(transport, { cacheEntries: 2 });
    const item = (text: string) => ({ key: text, language: 'en-CA' as const, text });
    await client.check([item('the'), item('report'), item('late')]);
    await client.check([item('late'), item('report')]);
    expect(checkCalls(transport)).toHaveLength(1);
    await client.check([item('the')]);
    expect(checkCalls(transport)).toHaveLength(2);
  });

  it('answers suggestion requests', async () => {
    const { client } = setUp();
    expect(await client.suggest('en-CA', 'goverment')).toEqual(['government']);
  });

  it('fails a call the worker could not answer, and the next load of that dictionary tries again', async () => {
    const { client, loads } = setUp();
    await expect(client.check([{ key: 'x', language: 'en-AU', text: 'the' }])).rejects.toThrow(SpellCheckError);
    await expect(client.load('en-AU')).rejects.toThrow('no dictionary en-AU');
    expect(loads).toEqual(['en-AU', 'en-AU']);
  });

  it('fails waiting and later calls when the worker stops, rather than leave them hanging', async () => {
    const sent: unknown[] = [];
    const transport: SpellTransport = {
      onmessage: null,
      onerror: null,
      postMessage: (request) => sent.push(request),
      terminate: () => {},
    };
    const client = createSpellClient(transport);
    const waiting = client.suggest('en-CA', 'wrod');
    transport.onerror?.({ message: 'worker script failed to load' } as ErrorEvent);
    await expect(waiting).rejects.toThrow('worker script failed to load');
    await expect(client.suggest('en-CA', 'wrod')).rejects.toThrow(SpellCheckError);
    expect(sent).toHaveLength(1);
  });

  it('ignores answers to calls it does not know, and fails calls still waiting when disposed', async () => {
    const transport: SpellTransport = { onmessage: null, onerror: null, postMessage: () => {}, terminate: () => {} };
    const client = createSpellClient(transport);
    const waiting = client.load('en-CA');
    transport.onmessage?.({ data: { id: 999, ok: true, value: null } } as MessageEvent<SpellAnswer>);
    client.dispose();
    await expect(waiting).rejects.toThrow('closed');
  });
});
