import { DATE_STYLE_LABELS, type DateStyle } from '../../../common/dates/dateStyle';
import { DEFAULT_ANNEX_HEADING, SOURCES_PLACEMENT_LABELS, type SourcesPlacement } from '../../../common/print/sourcesAnnex';
import type { PrintSettings } from '../../../common/template';
import { describedBy, FieldProblem } from './fieldProblems';
import { Options } from './Options';

interface DatesAndSourcesEditorProps {
  print: PrintSettings;
  set(patch: Partial<PrintSettings>): void;
  problem(key: string): string | undefined;
}

/** In the print settings grid: how date fields print, and whether the sources go in an annex outside the page limit. */
export function DatesAndSourcesEditor({ print, set, problem }: DatesAndSourcesEditorProps) {
  return (
    <>
      <label htmlFor="template-print-date-style">Dates print as</label>
      <select id="template-print-date-style" value={print.dateStyle} onChange={(event) => set({ dateStyle: event.target.value as DateStyle })}>
        <Options choices={DATE_STYLE_LABELS} />
      </select>

      <label htmlFor="template-print-sources">Sources</label>
      <select
        id="template-print-sources"
        value={print.sourcesPlacement}
        onChange={(event) => set({ sourcesPlacement: event.target.value as SourcesPlacement })}
      >
        <Options choices={SOURCES_PLACEMENT_LABELS} />
      </select>

      {print.sourcesPlacement === 'annex' && (
        <>
          <label htmlFor="template-print-annex-heading">Annex heading (empty for “{DEFAULT_ANNEX_HEADING}”)</label>
          <div>
            <input
              id="template-print-annex-heading"
              value={print.sourcesAnnexHeading ?? ''}
              onChange={(event) => set({ sourcesAnnexHeading: event.target.value === '' ? undefined : event.target.value })}
              {...describedBy('template-print-annex-heading', problem('sourcesAnnexHeading'))}
            />
            <FieldProblem id="template-print-annex-heading" message={problem('sourcesAnnexHeading')} />
          </div>
        </>
      )}
    </>
  );
}
