import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { OPEN_FIND_COMMAND } from '../actions';
import { matchFrom, replaceAll, replaceSelection, selectMatch, type TextPlace } from '../findReplace';

/** A find-and-replace bar above the note body (Ctrl+F, Ctrl+H). */
export function FindReplacePlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [status, setStatus] = useState('');
  /** Where "Find next" starts: after the match last shown, or after the last replacement. */
  const searchFrom = useRef<TextPlace | null>(null);
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
    const found = matchFrom(editor, query, searchFrom.current);
    if (!found) {
      setStatus(query ? `No matches for “${query}”` : '');
      return;
    }
    const { match, index, count } = found;
    selectMatch(editor, match);
    searchFrom.current = { key: match.key, offset: match.offset + match.length };
    setStatus(`Match ${index + 1} of ${count}`);
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
          searchFrom.current = null;
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
          // The next match after the replacement, so a replacement holding the query is not found again.
          const replaced = replaceSelection(editor, query, replacement);
          if (replaced?.end) searchFrom.current = replaced.end;
          findNext();
        }}
      >
        Replace
      </button>
      <button
        type="button"
        onClick={() => {
          const count = replaceAll(editor, query, replacement);
          searchFrom.current = null;
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
