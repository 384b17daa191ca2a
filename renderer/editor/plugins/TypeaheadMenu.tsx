import type { MenuOption, MenuRenderFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { ReactNode, RefObject } from 'react';
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
 * The list a typeahead shows under the caret, for the "/" and "[[" menus alike. Ids follow
 * Lexical's convention (typeahead-menu, typeahead-item-N) so the note body can point
 * aria-activedescendant at the highlighted option.
 */
export function typeaheadMenu<T extends MenuOption>(label: string, className: string, render: (option: T) => ReactNode, extras: MenuExtras<T> = {}): MenuRenderFn<T> {
  const { answers, view, hint } = extras;
  return (anchor, { options, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) => {
    if (view) view.current = anchor.current && options.length > 0 ? { options, selectedIndex, answers, highlight: setHighlightedIndex } : null;
    return anchor.current && options.length > 0
      ? createPortal(
          <div className={className}>
            <ul role="listbox" id="typeahead-menu" aria-label={label} data-query={answers} aria-describedby={hint ? 'typeahead-hint' : undefined}>
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
          </div>,
          anchor.current,
        )
      : null;
  };
}
