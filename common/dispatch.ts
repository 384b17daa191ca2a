import { z } from 'zod';
import { contract, isMethodName, MAX_REQUEST_BYTES, type Handlers, type MethodName } from './contract';
import { nestsDeeperThan } from './nestingDepth';
import { fail, ok, toFailure, type Result } from './result';

/**
 * How deep a call's arguments may nest (objects and arrays). A note's body nests two levels per
 * block inside a block (a node and its children): lists nested ten deep in a table use about 50.
 */
export const MAX_ARGS_DEPTH = 200;

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
  // The schemas check nested values (a note's body) recursively: far deeper than any note, they would overflow the stack.
  if (nestsDeeperThan(rawArgs, MAX_ARGS_DEPTH)) {
    return fail('BAD_ARGUMENTS', `The call to ${method} had bad arguments: they nest more than ${MAX_ARGS_DEPTH} levels deep, the limit for any call.`);
  }
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

/** The refusal of a call larger than either host accepts, before anything reads it. */
export const REQUEST_TOO_LARGE = `The request is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB and was refused.`;

/**
 * What both hosts log of an error no service expected: the method and the stack. The
 * window is told only a generic message (see toFailure), so no path or stack reaches it.
 */
export function logUnexpectedTo(log: (message: string) => void): (method: string, error: unknown) => void {
  return (method, error) => log(`Unexpected error in ${method}: ${error instanceof Error ? error.stack : String(error)}`);
}

export type { MethodName };
