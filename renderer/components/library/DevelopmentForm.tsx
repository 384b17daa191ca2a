import { useId, useState, type FormEvent } from 'react';
import {
  DEVELOPMENT_STATUSES,
  developmentFieldsSchema,
  type DevelopmentFields,
  type DevelopmentStatus,
} from '../../../common/development';
import type { ImportEvidence } from '../../../common/libraryImport';
import { messageOf } from '../../../common/messageOf';
import { describedBy, FieldEvidence } from './FieldEvidence';
import { KeyDatesEditor } from './KeyDatesEditor';
import { KeyPointsEditor } from './KeyPointsEditor';
import { TopicPicker } from './TopicPicker';

interface DevelopmentFormProps {
  initial: DevelopmentFields;
  saveLabel: string;
  /** Where each proposed field came from, shown beside it when reviewing an import. */
  evidence?: ImportEvidence;
  /** Extra controls above the buttons (the duplicate choice when importing). */
  children?: React.ReactNode;
  onSave(fields: DevelopmentFields): Promise<void>;
  onCancel(): void;
}

const listText = (items: readonly string[]) => items.join(', ');
const parseList = (text: string) => [...new Set(text.split(/[,;\n]/).map((item) => item.trim()).filter(Boolean))];

/** Every field of a development, for reviewing an import or editing an entry. */
export function DevelopmentForm({ initial, saveLabel, evidence, children, onSave, onCancel }: DevelopmentFormProps) {
  const prefix = useId();
  const [fields, setFields] = useState(initial);
  const [lists, setLists] = useState({
    jurisdictions: listText(initial.jurisdictions),
    mentionedJurisdictions: listText(initial.mentionedJurisdictions ?? []),
    actors: listText(initial.actors),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof DevelopmentFields>(key: K, value: DevelopmentFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const id = (name: string) => `${prefix}-${name}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = {
      ...fields,
      jurisdictions: parseList(lists.jurisdictions),
      mentionedJurisdictions: parseList(lists.mentionedJurisdictions),
      actors: parseList(lists.actors),
      keyPoints: fields.keyPoints.filter((point) => point.text.trim()),
      keyDates: fields.keyDates.filter((keyDate) => keyDate.label.trim() && keyDate.date),
      url: fields.url?.trim() || null,
      publishedDate: fields.publishedDate || null,
      retrievedDate: fields.retrievedDate || null,
    };
    const parsed = developmentFieldsSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setProblem(`${issue.path.join(' ') || 'Form'}: ${issue.message}`);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onSave(parsed.data);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  const proof = (name: keyof NonNullable<ImportEvidence['fields']>) => evidence?.fields[name];
  const text = (name: keyof DevelopmentFields, label: string, type = 'text') => {
    const found = proof(name as keyof ImportEvidence['fields']);
    return (
      <div className="field">
        <label htmlFor={id(name)}>{label}</label>
        <input
          id={id(name)}
          type={type}
          value={(fields[name] as string | null) ?? ''}
          onChange={(e) => set(name, e.target.value as never)}
          {...describedBy(id(`${name}-evidence`), found)}
        />
        <FieldEvidence id={id(`${name}-evidence`)} evidence={found} />
      </div>
    );
  };
  const list = (name: 'jurisdictions' | 'mentionedJurisdictions' | 'actors', label: string) => {
    const found = name === 'actors' ? undefined : proof(name);
    return (
      <div className="field">
        <label htmlFor={id(name)}>{label}</label>
        <input
          id={id(name)}
          value={lists[name]}
          onChange={(e) => setLists((l) => ({ ...l, [name]: e.target.value }))}
          {...describedBy(id(`${name}-evidence`), found)}
        />
        <FieldEvidence id={id(`${name}-evidence`)} evidence={found} />
      </div>
    );
  };

  // Ticked means a person has read it: provenance 'human'; unticked leaves Brieflink's proposal marked 'machine'.
  const reviewed = (name: 'summaryProvenance' | 'keyPointsProvenance', label: string) => (
    <div className="field field-check">
      <input
        id={id(name)}
        type="checkbox"
        checked={fields[name] === 'human'}
        onChange={(e) => set(name, e.target.checked ? 'human' : 'machine')}
      />
      <label htmlFor={id(name)}>{label}</label>
    </div>
  );

  return (
    <form className="development-form" onSubmit={submit} aria-label={saveLabel}>
      {text('title', 'Title')}
      {text('publisher', 'Publisher')}
      {text('author', 'Author')}
      {text('url', 'Web address', 'url')}
      {text('publishedDate', 'Published on', 'date')}
      {text('retrievedDate', 'Retrieved on', 'date')}
      <div className="field">
        <label htmlFor={id('status')}>Status</label>
        <select
          id={id('status')}
          value={fields.status}
          onChange={(e) => set('status', e.target.value as DevelopmentStatus)}
          {...describedBy(id('status-evidence'), proof('status'))}
        >
          {DEVELOPMENT_STATUSES.map((status) => (
            <option key={status}>{status}</option>
          ))}
        </select>
        <FieldEvidence id={id('status-evidence')} evidence={proof('status')} />
      </div>
      {list('jurisdictions', 'Acting jurisdictions (comma-separated)')}
      {list('mentionedJurisdictions', 'Jurisdictions only mentioned (comma-separated)')}
      <TopicPicker selected={fields.topics} onChange={(topics) => set('topics', topics)} />
      {list('actors', 'Actors (comma-separated)')}
      <div className="field">
        <label htmlFor={id('summary')}>Summary</label>
        <textarea id={id('summary')} rows={5} value={fields.summary} onChange={(e) => set('summary', e.target.value)} />
      </div>
      {reviewed('summaryProvenance', 'I have reviewed the summary')}
      <KeyPointsEditor idPrefix={prefix} points={fields.keyPoints} onChange={(points) => set('keyPoints', points)} />
      {reviewed('keyPointsProvenance', 'I have reviewed the key points')}
      <KeyDatesEditor idPrefix={prefix} dates={fields.keyDates} sources={evidence?.keyDates} onChange={(dates) => set('keyDates', dates)} />
      <div className="field">
        <label htmlFor={id('notes')}>Notes</label>
        <textarea id={id('notes')} rows={3} value={fields.notes} onChange={(e) => set('notes', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={id('fullText')}>Full text</label>
        <textarea id={id('fullText')} rows={6} value={fields.fullText} onChange={(e) => set('fullText', e.target.value)} />
      </div>
      {children}
      {problem && <p role="alert">{problem}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
