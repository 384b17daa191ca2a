import { CLASSIFICATION_SCHEMES, findScheme } from '../../../common/classification';
import type { Template } from '../../../common/template';
import { describedBy, FieldProblem, numberFrom, numberValue, type ProblemAt } from './fieldProblems';
import { Options } from './Options';

const NOTE_TYPES: Record<Template['noteType'], string> = {
  decision: 'Decision',
  information: 'Information',
  meeting: 'Meeting or event brief',
  issue: 'Issue note / Q&A',
  'talking-points': 'Talking points',
  submission: 'Submission',
};

interface GeneralSettingsEditorProps {
  template: Template;
  onChange(patch: Partial<Template>): void;
  problemAt: ProblemAt;
}

/** The note type, page limit and classification scheme of a template. */
export function GeneralSettingsEditor({ template, onChange, problemAt }: GeneralSettingsEditorProps) {
  const scheme = findScheme(template.classificationScheme);
  const levels = scheme?.levels ?? [];
  const problem = {
    pageLimit: problemAt('pageLimit'),
    scheme: problemAt('classificationScheme'),
    level: problemAt('defaultClassification'),
  };
  return (
    <fieldset className="general-settings">
      <legend>Note type, length and classification</legend>
      <div className="settings-grid">
        <label htmlFor="template-note-type">Note type</label>
        <select id="template-note-type" value={template.noteType} onChange={(event) => onChange({ noteType: event.target.value as Template['noteType'] })}>
          <Options choices={NOTE_TYPES} />
        </select>

        <label htmlFor="template-page-limit">Page limit (empty for none)</label>
        <div>
          <input
            id="template-page-limit"
            type="number"
            min={1}
            className="number"
            value={numberValue(template.pageLimit)}
            onChange={(event) => onChange({ pageLimit: numberFrom(event.target.value, false) })}
            {...describedBy('template-page-limit', problem.pageLimit)}
          />
          <FieldProblem id="template-page-limit" message={problem.pageLimit} />
        </div>

        <label htmlFor="template-scheme">Classification scheme</label>
        <div>
          <select
            id="template-scheme"
            value={template.classificationScheme}
            onChange={(event) => {
              const next = findScheme(event.target.value);
              const keep = next?.levels.includes(template.defaultClassification);
              onChange({ classificationScheme: event.target.value, defaultClassification: keep ? template.defaultClassification : (next?.levels[0] ?? '') });
            }}
            {...describedBy('template-scheme', problem.scheme)}
          >
            {!scheme && <option value={template.classificationScheme}>{template.classificationScheme} (unknown)</option>}
            <Options choices={Object.fromEntries(CLASSIFICATION_SCHEMES.map((candidate) => [candidate.id, candidate.name]))} />
          </select>
          <FieldProblem id="template-scheme" message={problem.scheme} />
        </div>

        <label htmlFor="template-default-level">Default classification</label>
        <div>
          <select
            id="template-default-level"
            value={template.defaultClassification}
            onChange={(event) => onChange({ defaultClassification: event.target.value })}
            {...describedBy('template-default-level', problem.level)}
          >
            {!levels.includes(template.defaultClassification) && <option value={template.defaultClassification}>{template.defaultClassification}</option>}
            <Options choices={Object.fromEntries(levels.map((level) => [level, level]))} />
          </select>
          <FieldProblem id="template-default-level" message={problem.level} />
        </div>
      </div>
    </fieldset>
  );
}
