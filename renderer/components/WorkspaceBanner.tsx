import { useEffect, useState } from 'react';
import type { LibraryBackup, LibraryRepairArgs, WorkspaceStatus } from '../../common/libraryHealth';
import { useClient } from '../client/ClientContext';
import { messageOf } from '../../common/messageOf';
import { useAnnounce } from '../state/announcer';

const REASONS: Record<LibraryBackup['reason'], string> = {
  'before-migration': 'taken before an update',
  daily: 'daily copy',
  'before-repair': 'taken before a repair',
};

function backupLabel(backup: LibraryBackup): string {
  return `${new Date(backup.takenAt).toLocaleString()} (${REASONS[backup.reason]})`;
}

/**
 * What the user must know about the workspace before working in it: that nothing can be
 * saved (a read-only folder), or that the library could not be opened, with the repairs on
 * offer. Shown above everything, read out when it appears.
 */
export function WorkspaceBanner({ onRepaired }: { onRepaired(): void }) {
  const client = useClient();
  const announce = useAnnounce();
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    client
      .call('workspace.status', {})
      .then(setStatus)
      .catch((error: unknown) => announce(messageOf(error)));
  }, [client, announce]);

  async function repair(args: LibraryRepairArgs, done: string) {
    setBusy(true);
    setFailure(null);
    try {
      const next = await client.call('library.repair', args);
      setStatus(next);
      if (next.library.problem === null) {
        announce(done);
        onRepaired();
      }
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  if (!status) return null;
  const latest = status.library.backups[0];
  return (
    <>
      {status.readOnly && (
        <div className="notice" role="alert">
          <p>
            This workspace is read-only ({status.readOnly}): you can read your notes and the library and export them, but nothing can be
            saved here.
          </p>
        </div>
      )}
      {status.library.problem && (
        <section className="notice library-problem" role="alert" aria-label="Library problem">
          <p>{status.library.problem}</p>
          {!status.readOnly && (
            <div className="repair-actions">
              {latest && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void repair({ action: 'restore-backup', backupId: latest.id }, `The library was restored from the backup of ${backupLabel(latest)}.`)}
                >
                  Restore the backup of {backupLabel(latest)}
                </button>
              )}
              <button
                type="button"
                disabled={busy}
                onClick={() => void repair({ action: 'start-empty' }, 'An empty library was started and the notes index rebuilt from your notes.')}
              >
                Start an empty library and rebuild the notes index
              </button>
            </div>
          )}
          {failure && <p role="status">{failure}</p>}
        </section>
      )}
    </>
  );
}
