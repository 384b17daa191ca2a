import type { LexicalEditor } from 'lexical';
import { $getSelection, $isRangeSelection } from 'lexical';
import { isSpellingLanguage, SPELLING_LANGUAGE_NAMES, SPELLING_LANGUAGES, type SpellingLanguage } from '../../common/spelling/languages';
import { $markSelectionLanguage } from './nodes/LanguageSpanNode';
import { $selectionFromScreen } from './selectionFromScreen';

/** Marks the editor's selected text as written in a language, or (null) in the note's own. */
export function markPassageLanguage(editor: LexicalEditor, lang: SpellingLanguage | null): void {
  editor.update(() => {
    // A choice made right after Shift+Arrow marks what is selected now.
    $selectionFromScreen(editor);
    const selection = $getSelection();
    if ($isRangeSelection(selection) && !selection.isCollapsed()) $markSelectionLanguage(selection, lang);
  });
  editor.focus();
}

const NOTE_LANGUAGE = 'note';

/**
 * The toolbar's "Mark passage language": a choice that applies to the selection and then
 * goes back to its prompt, as a menu would, so the same language can be chosen again.
 */
export function PassageLanguageControl({ editor }: { editor: LexicalEditor }) {
  return (
    <>
      <label className="visually-hidden" htmlFor="passage-language">
        Mark passage language
      </label>
      <select
        id="passage-language"
        value=""
        title="Mark the selected text as written in another language"
        onChange={(event) => {
          const value = event.target.value;
          if (value === NOTE_LANGUAGE) markPassageLanguage(editor, null);
          else if (isSpellingLanguage(value)) markPassageLanguage(editor, value);
        }}
      >
        <option value="">Passage language…</option>
        {SPELLING_LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {SPELLING_LANGUAGE_NAMES[lang]}
          </option>
        ))}
        <option value={NOTE_LANGUAGE}>The note's language (unmark)</option>
      </select>
    </>
  );
}
