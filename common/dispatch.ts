import { z } from 'zod';
import { contract, isMethodName, type Handlers, type MethodName } from './contract';
import { fail, ok, toFailure, type Result } from './result';

/**
 * The one path from an untrusted call to a service, shared by both hosts: known method,
 * arguments parsed by the contract's schema, typed result or typed error.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  rawArgs: unknown,
  onUnexpected: (method: string, error: unknown) => void = () => {},
): Promise<Result<unknown>> {
  if (!isMethodName(method)) return fail('UNKNOWN_METHOD', `Brieflink has no method called "${method.slice(0, 80)}".`);
  const parsed = contract[method].args.safeParse(rawArgs === undefined ? {} : rawArgs);
  if (!parsed.success) {
    return fail('BAD_ARGUMENTS', `The call to ${method} had bad arguments: ${z.prettifyError(parsed.error)}`);
  }
  try {
    const handler = handlers[method] as (args: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    const failure = toFailure(error, method);
    // A disk that said no is told to the user in plain words, and still logged with its details.
    if (!failure.ok && (failure.error.code === 'INTERNAL' || failure.error.code === 'STORAGE_FAILED')) onUnexpected(method, error);
    return failure;
  }
}

export type { MethodName };
