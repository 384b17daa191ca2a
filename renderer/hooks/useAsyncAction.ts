import { useCallback, useState } from 'react';
import { messageOf } from '../../common/messageOf';

/**
 * Runs one back-end action at a time for a form or dialog: `busy` while it runs, its
 * error message kept for display (cleared when the next run starts).
 */
export function useAsyncAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (reason) {
      setError(messageOf(reason));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
