import type { KeyDate } from '../../../common/development';

interface KeyDatesEditorProps {
  idPrefix: string;
  dates: readonly KeyDate[];
  onChange(dates: KeyDate[]): void;
}

/** Dated milestones (in force, consultation closes, decision expected), each with its label. */
export function KeyDatesEditor({ idPrefix, dates, onChange }: KeyDatesEditorProps) {
  const set = (index: number, patch: Partial<KeyDate>) => onChange(dates.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <fieldset className="list-editor">
      <legend>Key dates</legend>
      <ol>
        {dates.map((keyDate, index) => (
          <li key={index} className="key-date">
            <label htmlFor={`${idPrefix}-kd-date-${index}`}>Key date {index + 1}</label>
            <input id={`${idPrefix}-kd-date-${index}`} type="date" value={keyDate.date} onChange={(e) => set(index, { date: e.target.value })} />
            <label htmlFor={`${idPrefix}-kd-label-${index}`}>What happens on key date {index + 1}</label>
            <input id={`${idPrefix}-kd-label-${index}`} value={keyDate.label} onChange={(e) => set(index, { label: e.target.value })} />
            <button type="button" onClick={() => onChange(dates.filter((_, i) => i !== index))}>
              Remove key date {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...dates, { date: today, label: '' }])}>
        Add key date
      </button>
    </fieldset>
  );
}
