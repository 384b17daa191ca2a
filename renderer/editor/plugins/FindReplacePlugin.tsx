import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { OPEN_FIND_COMMAND } from '../actions';
import { findMatches, replaceAll, replaceSelection, selectMatch } from '../findReplace';

/** A find-and-replace bar above the note body (Ctrl+F, Ctrl+H). */
export function FindReplacePlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [status, setStatus] = useState('');
  const position = useRef(-1);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIND_COMMAND,
        ({ replace }) => {
          setOpen(true);
          requestAnimationFrame(() => (replace && query ? replaceInput : findInput).current?.focus());
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, query],
  );

  if (!open) return null;

  function findNext() {
    const matches = findMatches(editor, query);
    if (matches.length === 0) {
      setStatus(query ? `No matches for “${query}”` : '');
      return;
    }
    position.current = (position.current + 1) % matches.length;
    selectMatch(editor, matches[position.current]);
    setStatus(`Match ${position.current + 1} of ${matches.length}`);
  }

  function close() {
    setOpen(false);
    setStatus('');
    editor.focus();
  }

  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find and replace"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <label htmlFor="find-query">Find</label>
      <input
        id="find-query"
        ref={findInput}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          position.current = -1;
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            findNext();
          }
        }}
      />
      <label htmlFor="find-replacement">Replace with</label>
      <input id="find-replacement" ref={replaceInput} value={replacement} onChange={(event) => setReplacement(event.target.value)} />
      <button type="button" onClick={findNext}>
        Find next
      </button>
      <button
        type="button"
        onClick={() => {
          if (!replaceSelection(editor, query, replacement)) return findNext();
          position.current -= 1;
          findNext();
        }}
      >
        Replace
      </button>
      <button
        type="button"
        onClick={() => {
          const count = replaceAll(editor, query, replacement);
          position.current = -1;
          setStatus(count === 0 ? `No matches for “${query}”` : `Replaced ${count} match${count === 1 ? '' : 'es'}`);
        }}
      >
        Replace all
      </button>
      <button type="button" onClick={close}>
        Close
      </button>
      <span role="status" className="find-status">
        {status}
      </span>
    </div>
  );
}
