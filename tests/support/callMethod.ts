import type { Handlers, MethodArgs, MethodName, MethodResult } from '../../common/contract';
import { dispatch } from '../../common/dispatch';
import type { Result } from '../../common/result';

/** dispatch() with the result typed from the contract, as the renderer's client sees it. */
export async function callMethod<M extends MethodName>(
  handlers: Handlers,
  method: M,
  args: MethodArgs<M>,
): Promise<Result<MethodResult<M>>> {
  return (await dispatch(handlers, method, args)) as Result<MethodResult<M>>;
}
