/** What was under the caret (or the pointer) when the note body's menu opened. */
export interface MenuContext {
  /** The misspelt word there, if any. */
  misspelt: string | null;
  /** Suggestions for it: null while the checker is still looking. */
  suggestions: readonly string[] | null;
  /** Whether text is selected (Cut and Copy need some). */
  hasSelection: boolean;
}

export type EditorMenuAction =
  | { kind: 'replace'; replacement: string }
  | { kind: 'addToDictionary' }
  | { kind: 'ignore' }
  | { kind: 'cut' }
  | { kind: 'copy' }
  | { kind: 'paste' }
  | { kind: 'pastePlain' };

export interface EditorMenuItem {
  label: string;
  action: EditorMenuAction | null;
  disabled: boolean;
  /** A separator goes before this item. */
  groupStart: boolean;
}

const MAX_SUGGESTIONS = 6;

/**
 * The note body's menu, as data: for a misspelt word its suggestions first (a choice replaces
 * the word), then Add to dictionary and Ignore; then the clipboard's actions.
 */
export function editorMenuItems(context: MenuContext): EditorMenuItem[] {
  const items: EditorMenuItem[] = [];
  if (context.misspelt !== null) {
    if (context.suggestions === null) items.push({ label: 'Looking for suggestions…', action: null, disabled: true, groupStart: false });
    else if (context.suggestions.length === 0) items.push({ label: 'No suggestions', action: null, disabled: true, groupStart: false });
    else {
      for (const replacement of context.suggestions.slice(0, MAX_SUGGESTIONS)) {
        items.push({ label: replacement, action: { kind: 'replace', replacement }, disabled: false, groupStart: false });
      }
    }
    items.push({ label: 'Add to dictionary', action: { kind: 'addToDictionary' }, disabled: false, groupStart: true });
    items.push({ label: 'Ignore', action: { kind: 'ignore' }, disabled: false, groupStart: false });
  }
  const clipboardStart = items.length > 0;
  items.push({ label: 'Cut', action: { kind: 'cut' }, disabled: !context.hasSelection, groupStart: clipboardStart });
  items.push({ label: 'Copy', action: { kind: 'copy' }, disabled: !context.hasSelection, groupStart: false });
  items.push({ label: 'Paste', action: { kind: 'paste' }, disabled: false, groupStart: false });
  items.push({ label: 'Paste as plain text', action: { kind: 'pastePlain' }, disabled: false, groupStart: false });
  return items;
}

/** The item arrow keys move to from `current`, skipping disabled ones and wrapping around (any menu's items). */
export function nextEnabledItem(items: readonly { disabled: boolean }[], current: number, step: 1 | -1): number {
  for (let moved = 1; moved <= items.length; moved++) {
    const index = (((current + step * moved) % items.length) + items.length) % items.length;
    if (!items[index].disabled) return index;
  }
  return current;
}
