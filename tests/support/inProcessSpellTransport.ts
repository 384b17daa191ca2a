import type { SpellTransport } from '../../renderer/spelling/spellClient';
import type { SpellAnswer, SpellRequest } from '../../renderer/spelling/spellProtocol';
import type { SpellService } from '../../renderer/spelling/spellService';

/**
 * The spelling worker's messages without a Worker: each request is structured-cloned (as
 * postMessage does), handled by the same service the worker runs, and answered on a later
 * turn. `requests` records what crossed, for tests that count the work sent.
 */
export function inProcessSpellTransport(service: SpellService): SpellTransport & { requests: SpellRequest[] } {
  let terminated = false;
  const transport: SpellTransport & { requests: SpellRequest[] } = {
    requests: [],
    onmessage: null,
    onerror: null,
    postMessage(request) {
      const copy = structuredClone(request);
      transport.requests.push(copy);
      void service.handle(copy).then((answer: SpellAnswer) => {
        if (!terminated) transport.onmessage?.({ data: structuredClone(answer) } as MessageEvent<SpellAnswer>);
      });
    },
    terminate() {
      terminated = true;
    },
  };
  return transport;
}
