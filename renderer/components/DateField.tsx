import { useState } from 'react';
import { dateFieldText, dateProblem, formDate, storedDateValue } from '../../common/dates/typedDate';
import './dateField.css';

interface DateFieldProps {
  id: string;
  /** As stored in the note: yyyy-mm-dd, or what was typed when it was not a date. */
  value: string;
  /** The note's language (common/noteLanguage.ts): how the date shows and is read. */
  language: string;
  required: boolean;
  autoFocus: boolean;
  onChange(value: string): void;
}

const EXAMPLE = { year: 2026, month: 12, day: 31 };

/**
 * A date field in the note's language, not the browser's (a native date input follows the
 * browser's locale): a text box showing "December 6, 2026" (en-CA) or "6 December 2026"
 * (en-GB), reading what is typed in that language's forms, ISO or with a month name. What is
 * typed is stored as it goes (as an ISO date once it reads as one), so nothing is lost; a value
 * that is not a date is kept as typed and named as a problem next to the field once the writer
 * leaves it.
 */
export function DateField({ id, value, language, required, autoFocus, onChange }: DateFieldProps) {
  /** What the writer is typing, shown as typed until they leave the field; null when not editing. */
  const [typing, setTyping] = useState<string | null>(null);
  const problem = typing === null ? dateProblem(value, language) : null;
  const problemId = `${id}-problem`;
  return (
    <>
      <input
        id={id}
        type="text"
        value={typing ?? dateFieldText(value, language)}
        required={required}
        aria-required={required}
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        maxLength={2000}
        placeholder={`e.g. ${formDate(EXAMPLE, language)}`}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          setTyping(event.target.value);
          onChange(storedDateValue(event.target.value, language));
        }}
        onKeyDown={(event) => {
          // Enter shows the date as read, without leaving the field.
          if (event.key === 'Enter') setTyping(null);
        }}
        onBlur={() => setTyping(null)}
      />
      {problem && (
        <p id={problemId} className="date-problem">
          {problem}
        </p>
      )}
    </>
  );
}
