import type { MenuOption, MenuRenderFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * The list a typeahead shows under the caret, for the "/" and "[[" menus alike. Ids follow
 * Lexical's convention (typeahead-menu, typeahead-item-N) so the note body can point
 * aria-activedescendant at the highlighted option.
 */
export function typeaheadMenu<T extends MenuOption>(
  label: string,
  className: string,
  render: (option: T) => ReactNode,
  /** The query the options answer, when they come from a search (written as data-query). */
  answers?: string,
): MenuRenderFn<T> {
  return (anchor, { options, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
    anchor.current && options.length > 0
      ? createPortal(
          <ul className={className} role="listbox" id="typeahead-menu" aria-label={label} data-query={answers}>
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
          </ul>,
          anchor.current,
        )
      : null;
}
