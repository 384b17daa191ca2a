import { findScheme, type MarkingPlacement } from '../../../common/classification';
import { shippedFontFor } from '../../../common/print/shippedFonts';
import type { PrintSettings, Template } from '../../../common/template';
import { DatesAndSourcesEditor } from './DatesAndSourcesEditor';
import { describedBy, FieldProblem, numberFrom, numberValue, type ProblemAt } from './fieldProblems';
import { Options } from './Options';
import { ClearancePrintSettings } from '../clearance/ClearancePrintSettings';

const PLACEMENTS: Record<MarkingPlacement, string> = {
  'top-and-bottom-every-page': 'Top and bottom of every page',
  'top-right-every-page': 'Top right of every page',
  'top-right-first-page': 'Top right of the first page only',
};

/** The running header shows at most this many fields (the schema's limit). */
const MAX_HEADER_FIELDS = 3;

interface PrintSettingsEditorProps {
  template: Template;
  onChange(print: PrintSettings): void;
  problemAt: ProblemAt;
}

/** Paper, margins, font, classification marking, banner, dates, sources and running header of the printed note. */
export function PrintSettingsEditor({ template, onChange, problemAt }: PrintSettingsEditorProps) {
  const print = template.print;
  const set = (patch: Partial<PrintSettings>) => onChange({ ...print, ...patch });
  const schemeDefault = findScheme(template.classificationScheme)?.placement;
  const problem = (key: string) => problemAt(`print.${key}`);
  const number = (key: 'marginMm' | 'fontSizePt', label: string, step: number) => {
    const id = `template-print-${key}`;
    return (
      <>
        <label htmlFor={id}>{label}</label>
        <div>
          <input
            id={id}
            type="number"
            step={step}
            className="number"
            value={numberValue(print[key])}
            onChange={(event) => set({ [key]: numberFrom(event.target.value, true) })}
            {...describedBy(id, problem(key))}
          />
          <FieldProblem id={id} message={problem(key)} />
        </div>
      </>
    );
  };

  return (
    <fieldset className="print-settings">
      <legend>Print settings</legend>
      <div className="settings-grid">
        <label htmlFor="template-print-paper">Paper size</label>
        <select id="template-print-paper" value={print.paper} onChange={(event) => set({ paper: event.target.value as PrintSettings['paper'] })}>
          <option value="A4">A4</option>
          <option value="Letter">Letter</option>
        </select>

        {number('marginMm', 'Margins (mm)', 1)}

        <label htmlFor="template-print-font">Font</label>
        <div>
          <input
            id="template-print-font"
            value={print.fontFamily}
            onChange={(event) => set({ fontFamily: event.target.value })}
            aria-describedby={problem('fontFamily') ? 'template-print-font-problem template-print-font-hint' : 'template-print-font-hint'}
            aria-invalid={problem('fontFamily') ? true : undefined}
          />
          <p id="template-print-font-hint" className="muted hint">
            Names as in an office suite, first choice first (e.g. “Arial, sans-serif”). Prints with the shipped {shippedFontFor(print.fontFamily)}.
          </p>
          <FieldProblem id="template-print-font" message={problem('fontFamily')} />
        </div>

        {number('fontSizePt', 'Font size (pt)', 0.5)}

        <label htmlFor="template-print-placement">Classification marking</label>
        <select
          id="template-print-placement"
          value={print.markingPlacement ?? ''}
          onChange={(event) => set({ markingPlacement: (event.target.value || undefined) as MarkingPlacement | undefined })}
        >
          <option value="">As the scheme says{schemeDefault ? ` (${PLACEMENTS[schemeDefault].toLowerCase()})` : ''}</option>
          <Options choices={PLACEMENTS} />
        </select>

        <label htmlFor="template-print-banner">Banner above the metadata (empty for none)</label>
        <div>
          <input
            id="template-print-banner"
            value={print.banner ?? ''}
            onChange={(event) => set({ banner: event.target.value === '' ? undefined : event.target.value })}
            {...describedBy('template-print-banner', problem('banner'))}
          />
          <FieldProblem id="template-print-banner" message={problem('banner')} />
        </div>

        <ClearancePrintSettings template={template} onChange={(clearance) => set({ clearance })} />
        <DatesAndSourcesEditor print={print} set={set} problem={problem} />
      </div>
      <fieldset className="header-fields">
        <legend>Running header (at most {MAX_HEADER_FIELDS} fields, on every page)</legend>
        {template.fields
          .filter((field) => field.id !== 'subject')
          .map((field) => {
            const on = print.headerFields.includes(field.id);
            return (
              <label key={field.id}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && print.headerFields.length >= MAX_HEADER_FIELDS}
                  onChange={(event) =>
                    set({ headerFields: event.target.checked ? [...print.headerFields, field.id] : print.headerFields.filter((id) => id !== field.id) })
                  }
                />{' '}
                {field.label} in the running header
              </label>
            );
          })}
        <FieldProblem id="template-print-header" message={problem('headerFields') ?? print.headerFields.map((_, i) => problem(`headerFields.${i}`)).find(Boolean)} />
      </fieldset>
    </fieldset>
  );
}
