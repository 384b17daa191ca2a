import type { TemplateSection } from '../../../common/template';
import { DecisionEditor, NEW_DECISION } from './DecisionEditor';
import { describedBy, FieldProblem, numberFrom, numberValue, type ProblemAt } from './fieldProblems';
import { Options } from './Options';

const LAYOUTS: Record<TemplateSection['layout'], string> = {
  paragraphs: 'Paragraphs',
  'numbered-points': 'Numbered points',
  'questions-and-answers': 'Questions and answers',
};

interface SectionEditorProps {
  index: number;
  section: TemplateSection;
  onChange(patch: Partial<TemplateSection>): void;
  /** Problems under "sections.<index>". */
  problemAt: ProblemAt;
}

/** One section of a template: heading, guidance, limits, how its body starts, page 1, decision block. */
export function SectionEditor({ index, section, onChange, problemAt }: SectionEditorProps) {
  const n = index + 1;
  const id = `section-edit-${index}`;
  const problem = { heading: problemAt('heading'), guidance: problemAt('guidance'), limit: problemAt('wordLimit'), id: problemAt('id') };
  return (
    <>
      <FieldProblem id={`${id}-id`} message={problem.id} />
      <div className="field">
        <label htmlFor={`${id}-heading`}>Heading of section {n}</label>
        <input id={`${id}-heading`} value={section.heading} onChange={(event) => onChange({ heading: event.target.value })} {...describedBy(`${id}-heading`, problem.heading)} />
        <FieldProblem id={`${id}-heading`} message={problem.heading} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-guidance`}>Guidance for section {n}</label>
        <textarea
          id={`${id}-guidance`}
          rows={2}
          value={section.guidance}
          onChange={(event) => onChange({ guidance: event.target.value })}
          {...describedBy(`${id}-guidance`, problem.guidance)}
        />
        <FieldProblem id={`${id}-guidance`} message={problem.guidance} />
      </div>
      <div className="section-options">
        <label>
          <input type="checkbox" checked={section.required} onChange={(event) => onChange({ required: event.target.checked })} /> Section {n} required
        </label>
        <label htmlFor={`${id}-limit`}>Word limit of section {n}</label>
        <input
          id={`${id}-limit`}
          type="number"
          min={1}
          className="word-limit"
          value={numberValue(section.wordLimit)}
          onChange={(event) => onChange({ wordLimit: numberFrom(event.target.value, false) })}
          {...describedBy(`${id}-limit`, problem.limit)}
        />
        <label htmlFor={`${id}-layout`}>Section {n} starts with</label>
        <select id={`${id}-layout`} value={section.layout} onChange={(event) => onChange({ layout: event.target.value as TemplateSection['layout'] })}>
          <Options choices={LAYOUTS} />
        </select>
      </div>
      <FieldProblem id={`${id}-limit`} message={problem.limit} />
      <div className="section-options">
        <label>
          <input type="checkbox" checked={section.keepOnFirstPage} onChange={(event) => onChange({ keepOnFirstPage: event.target.checked })} /> Section {n} must
          end on page 1
        </label>
        <label>
          <input
            type="checkbox"
            checked={section.decision !== undefined}
            onChange={(event) => onChange({ decision: event.target.checked ? NEW_DECISION : undefined })}
          />{' '}
          Section {n} ends with a decision block
        </label>
      </div>
      {section.decision && (
        <DecisionEditor
          name={`section ${n}`}
          idPrefix={id}
          decision={section.decision}
          onChange={(decision) => onChange({ decision })}
          problemAt={(path) => problemAt(`decision.${path}`)}
        />
      )}
    </>
  );
}
