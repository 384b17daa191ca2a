import { CLEARANCE_PLACEMENTS, clearancePrintOf, type ClearancePlacement, type ClearanceStyle } from '../../../common/clearance';
import type { PrintSettings, Template } from '../../../common/template';
import { Options } from '../templates/Options';

const STYLES: Record<ClearanceStyle, string> = {
  'us-clearance-block': 'US clearance block (a “Clearances” table)',
  'canada-prepared-consulted-approved': 'Prepared by / Consulted / Approved by',
  'uk-clearances-line': 'One “Clearances:” line',
  none: 'None',
};

const PLACEMENTS: Record<ClearancePlacement, string> = {
  end: 'At the end of the note (the last page)',
  'after-metadata': 'Under the metadata block',
};

/**
 * The template editor's choice of how the note's clearance list prints. Two rows of the
 * print settings' grid: the block, then (once one is chosen) where it goes.
 */
export function ClearancePrintSettings({ template, onChange }: { template: Template; onChange(clearance: PrintSettings['clearance']): void }) {
  const chosen = template.print.clearance;
  // What a template that does not say prints: its classification scheme's format.
  const byScheme = clearancePrintOf({ ...template, print: { ...template.print, clearance: undefined } });
  return (
    <>
      <label htmlFor="template-print-clearance">Clearance block</label>
      <select
        id="template-print-clearance"
        value={chosen?.style ?? ''}
        onChange={(event) => {
          const style = event.target.value as ClearanceStyle | '';
          onChange(style === '' ? undefined : { style, placement: chosen?.placement ?? (style === 'uk-clearances-line' ? 'after-metadata' : 'end') });
        }}
      >
        <option value="">As the classification scheme’s format ({STYLES[byScheme.style].toLowerCase()})</option>
        <Options choices={STYLES} />
      </select>
      {chosen && chosen.style !== 'none' && (
        <>
          <label htmlFor="template-print-clearance-placement">Clearance block goes</label>
          <select
            id="template-print-clearance-placement"
            value={chosen.placement}
            onChange={(event) => onChange({ ...chosen, placement: event.target.value as ClearancePlacement })}
          >
            {CLEARANCE_PLACEMENTS.map((placement) => (
              <option key={placement} value={placement}>
                {PLACEMENTS[placement]}
              </option>
            ))}
          </select>
        </>
      )}
    </>
  );
}
