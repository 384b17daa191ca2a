import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_NORMAL, type BaseSelection } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { isAcceptableLink, OPEN_LINK_DIALOG_COMMAND, setLink } from '../actions';

/** Asks for a link address for the selected text (Ctrl+K); web and mail addresses only. */
export function LinkDialogPlugin() {
  const [editor] = useLexicalComposerContext();
  const dialog = useRef<HTMLDialogElement>(null);
  const saved = useRef<BaseSelection | null>(null);
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_DIALOG_COMMAND,
        () => {
          editor.getEditorState().read(() => {
            const selection = $getSelection();
            saved.current = selection?.clone() ?? null;
            const link = $isRangeSelection(selection) ? $findMatchingParent(selection.anchor.getNode(), $isLinkNode) : null;
            setUrl($isLinkNode(link) ? link.getURL() : 'https://');
          });
          setError(null);
          dialog.current?.showModal();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );

  function finish(next: string | null) {
    if (next !== null && !isAcceptableLink(next)) {
      setError('Enter a full web or mail address, starting with https://, http:// or mailto:.');
      return;
    }
    dialog.current?.close();
    editor.update(() => {
      if (saved.current) $setSelection(saved.current.clone());
    });
    setLink(editor, next);
    editor.focus();
  }

  return (
    <dialog ref={dialog} className="small-dialog" aria-labelledby="link-dialog-title" onClose={() => editor.focus()}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          finish(url.trim());
        }}
      >
        <h2 id="link-dialog-title">Link</h2>
        <label htmlFor="link-url">Link address</label>
        <input id="link-url" type="url" value={url} onChange={(event) => setUrl(event.target.value)} aria-describedby="link-error" autoFocus />
        <p id="link-error" role="alert" className="field-error">
          {error}
        </p>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Apply
          </button>
          <button type="button" onClick={() => finish(null)}>
            Remove link
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
