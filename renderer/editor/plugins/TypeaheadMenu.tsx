import type { MenuOption, MenuRenderFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { useLayoutEffect, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

/** What a menu last showed: its options, the highlighted one, and the query they answer. */
export interface MenuView<T> {
  options: T[];
  selectedIndex: number | null;
  answers: string | undefined;
  highlight(index: number): void;
}

interface MenuExtras<T> {
  /** The query the options answer, when they come from a search (written as data-query). */
  answers?: string;
  /** Filled with what is shown, for key handlers that act on it. */
  view?: RefObject<MenuView<T> | null>;
  /** A line under the list saying what the keys do. */
  hint?: string;
}

/**
 * Lexical's typeahead marks the box it positions under the caret as a listbox named "Typeahead
 * menu" and gives it the id typeahead-menu, which the note body's aria-controls names. Our list
 * is the listbox, with its own name: the box is made presentational, so screen readers and axe
 * meet one listbox of options, not a listbox wrapped in another. Lexical marks the box again
 * whenever it re-attaches it (after the query changes, in an effect that runs after ours), so
 * the box is watched and unmarked each time, not only when this list renders.
 */
function InAnchor({ anchor, children }: { anchor: HTMLElement; children: ReactNode }) {
  useLayoutEffect(() => {
    const unmark = () => {
      if (anchor.getAttribute('role') !== 'presentation') anchor.setAttribute('role', 'presentation');
      if (anchor.hasAttribute('aria-label')) anchor.removeAttribute('aria-label');
    };
    unmark();
    const watcher = new MutationObserver(unmark);
    watcher.observe(anchor, { attributes: true, attributeFilter: ['role', 'aria-label'] });
    return () => watcher.disconnect();
  }, [anchor]);
  return createPortal(children, anchor);
}

/**
 * Hands key handlers what the menu shows, once it is on screen. Written at commit, not while
 * rendering: React may render the menu for a state it then drops (the typeahead re-renders in a
 * transition on every editor update), and Enter must act on the highlighted row the user sees.
 */
function ReportView<T>({ view, shown }: { view: RefObject<MenuView<T> | null>; shown: MenuView<T> | null }) {
  useLayoutEffect(() => {
    view.current = shown;
  });
  useLayoutEffect(() => () => {
    view.current = null;
  }, [view]);
  return null;
}

/**
 * The list a typeahead shows under the caret, for the "/" and "[[" menus alike. Items follow
 * Lexical's ids (typeahead-item-N) so the note body can point aria-activedescendant at the
 * highlighted option; the list's own id is not the box's (typeahead-menu), which Lexical sets.
 */
export function typeaheadMenu<T extends MenuOption>(label: string, className: string, render: (option: T) => ReactNode, extras: MenuExtras<T> = {}): MenuRenderFn<T> {
  const { answers, view, hint } = extras;
  return (anchor, { options, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) => {
    const shown = anchor.current && options.length > 0 ? { options, selectedIndex, answers, highlight: setHighlightedIndex } : null;
    const list =
      anchor.current && options.length > 0 ? (
        <InAnchor anchor={anchor.current}>
          <div className={className}>
            <ul role="listbox" id="typeahead-list" aria-label={label} data-query={answers} aria-describedby={hint ? 'typeahead-hint' : undefined}>
              {options.map((option, index) => (
                <li
                  key={option.key}
                  id={`typeahead-item-${index}`}
                  role="option"
                  aria-selected={selectedIndex === index}
                  ref={(element) => option.setRefElement(element)}
                  tabIndex={-1}
                  className={selectedIndex === index ? 'selected' : undefined}
                  onMouseEnter={() => setHighlightedIndex(index)}
                  onClick={() => {
                    setHighlightedIndex(index);
                    selectOptionAndCleanUp(option);
                  }}
                >
                  {render(option)}
                </li>
              ))}
            </ul>
            {hint && (
              <p id="typeahead-hint" className="menu-hint">
                {hint}
              </p>
            )}
          </div>
        </InAnchor>
      ) : null;
    return (
      <>
        {view && <ReportView view={view} shown={shown} />}
        {list}
      </>
    );
  };
}
