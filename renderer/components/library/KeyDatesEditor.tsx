import type { KeyDate } from '../../../common/development';
import type { ImportEvidence } from '../../../common/libraryImport';

interface KeyDatesEditorProps {
  idPrefix: string;
  dates: readonly KeyDate[];
  /** When reviewing an import: the words each proposed date was read from. */
  sources?: ImportEvidence['keyDates'];
  onChange(dates: KeyDate[]): void;
}

/** What a proposed date was read from, found by its date (the reviewer may have reordered or relabelled them). */
function sourceLine(sources: ImportEvidence['keyDates'] | undefined, date: string): string | null {
  const source = sources?.find((s) => s.date === date);
  if (!source) return null;
  return `Read from “${source.source}”${source.estimate ? ': an estimate, counted from the published date; check it' : ''}`;
}

/** Dated milestones (in force, consultation closes, decision expected), each with its label. */
export function KeyDatesEditor({ idPrefix, dates, sources, onChange }: KeyDatesEditorProps) {
  const set = (index: number, patch: Partial<KeyDate>) => onChange(dates.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <fieldset className="list-editor">
      <legend>Key dates</legend>
      <ol>
        {dates.map((keyDate, index) => {
          const source = sourceLine(sources, keyDate.date);
          const sourceId = `${idPrefix}-kd-source-${index}`;
          return (
            <li key={index} className="key-date">
              <label htmlFor={`${idPrefix}-kd-date-${index}`}>Key date {index + 1}</label>
              <input
                id={`${idPrefix}-kd-date-${index}`}
                type="date"
                value={keyDate.date}
                onChange={(e) => set(index, { date: e.target.value })}
                {...(source ? { 'aria-describedby': sourceId } : {})}
              />
              <label htmlFor={`${idPrefix}-kd-label-${index}`}>What happens on key date {index + 1}</label>
              <input id={`${idPrefix}-kd-label-${index}`} value={keyDate.label} onChange={(e) => set(index, { label: e.target.value })} />
              <button type="button" onClick={() => onChange(dates.filter((_, i) => i !== index))}>
                Remove key date {index + 1}
              </button>
              {source && (
                <p id={sourceId} className="field-evidence">
                  {source}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...dates, { date: today, label: '' }])}>
        Add key date
      </button>
    </fieldset>
  );
}
