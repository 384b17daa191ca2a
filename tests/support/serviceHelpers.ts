import { expect } from 'vitest';
import { AppError } from '../../common/result';

/** The AppError a call throws; fails the test when it throws something else or nothing. */
export function thrownBy(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected the call to throw');
}

/** A clock that moves one minute forward on every call. */
export function steppingClock(start = '2026-03-01T09:00:00.000Z') {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += 60_000;
    return now;
  };
}
