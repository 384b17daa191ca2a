import { useMemo } from 'react';
import type { CommandPlatform } from '../../common/commands';
import { shortcutGroups } from '../state/shortcutList';
import { Modal } from './Modal';

/** Help › Keyboard shortcuts: every menu command's keys on this platform, then the note body's own. */
export function KeyboardShortcutsDialog({ platform, onClose }: { platform: CommandPlatform; onClose(): void }) {
  const groups = useMemo(() => shortcutGroups(platform), [platform]);
  return (
    <Modal open title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      {/* Focusable, so the keyboard can scroll it. */}
      <div className="shortcuts-groups" role="region" aria-label="Shortcuts" tabIndex={0}>
        {groups.map((group) => (
          <table key={group.title}>
            <caption>{group.title}</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Keys</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.action}>
                  <td>{row.action}</td>
                  <td>
                    <kbd>{row.keys}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </Modal>
  );
}
