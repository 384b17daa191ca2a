/**
 * The back end as a child process for the kill loop (tests/unit/killLoop.test.ts). It loads
 * its code, prints {"loaded":true}, and waits: the first stdin line names the workspace to
 * open ({"open": dir}), so a spare process is ready the moment the last one is killed. Then
 * it runs the real services on that workspace, answering one JSON call per stdin line with
 * one JSON line on stdout, and prints {"ready":true} once the workspace is open.
 */
import readline from 'node:readline';
import { dispatch } from '../../common/dispatch';
import type { Backend } from '../../electron/services/bootstrap';
import { startTestBackend } from './backendFixture';

const send = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);
let backend: Backend | undefined;

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const message = JSON.parse(line) as { open: string } | { id: number; method: string; args: unknown };
  if ('open' in message) {
    backend = startTestBackend(message.open, (text) => process.stderr.write(`${text}\n`));
    return send({ ready: true });
  }
  if (!backend) throw new Error('a call came before the workspace was opened');
  void dispatch(backend.handlers, message.method, message.args).then((result) => send({ id: message.id, result }));
});
lines.on('close', () => void (backend?.close() ?? Promise.resolve()).then(() => process.exit(0)));
send({ loaded: true });
