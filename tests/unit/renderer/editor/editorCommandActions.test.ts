import { createEditor } from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import { APP_COMMANDS } from '../../../../common/commands';
import { OPEN_FIND_COMMAND, OPEN_LINK_DIALOG_COMMAND } from '../../../../renderer/editor/actions';
import { editorCommandActions } from '../../../../renderer/editor/editorCommandActions';

describe('editor commands act on the editor', () => {
  it('opens find, replace and the link dialog through their Lexical commands', () => {
    const editor = createEditor({ onError: (error) => { throw error; } });
    const find = vi.fn((_payload: { replace: boolean }) => true);
    const link = vi.fn(() => true);
    editor.registerCommand(OPEN_FIND_COMMAND, find, 0);
    editor.registerCommand(OPEN_LINK_DIALOG_COMMAND, link, 0);
    const actions = editorCommandActions(editor);
    actions['edit.find']!();
    actions['edit.replace']!();
    actions['insert.link']!();
    expect(find.mock.calls.map(([payload]) => payload)).toEqual([{ replace: false }, { replace: true }]);
    expect(link).toHaveBeenCalledTimes(1);
  });

  it('covers every Edit, Insert and Format window command, the library snippet ([[ at the caret) included', () => {
    const actions = editorCommandActions(createEditor());
    const editorMenus = APP_COMMANDS.filter((command) => command.handledBy === 'window' && ['edit', 'insert', 'format'].includes(command.menu)).map((command) => command.id);
    expect(editorMenus.filter((id) => !(id in actions))).toEqual([]);
  });
});
