import type { FirstPageCheck } from '../../common/firstPage';
import type { SectionStats } from '../../common/noteStructure';
import { describePrintedLength, isOverPageLimit } from '../../common/printedLength';
import { FirstPageStatus } from './FirstPageStatus';

interface LengthPanelProps {
  pages: number | null;
  /** Pages of a sources annex at the end of `pages`, outside the page limit. */
  annexPages?: number;
  pageLimit?: number;
  pageCountProblem: string | null;
  /** A newer draft is being counted: the figures shown are of the previous one. */
  counting?: boolean;
  sections: SectionStats[];
  /** Sections the template wants to end on page 1, and where they end in the print. */
  firstPage?: FirstPageCheck[];
}

/** Live length against the template's limits: pages from the print layout, words per section. */
export function LengthPanel({ pages, annexPages = 0, pageLimit, pageCountProblem, counting = false, sections, firstPage = [] }: LengthPanelProps) {
  const overPages = pages !== null && isOverPageLimit({ pageCount: pages, annexPages }, pageLimit);
  return (
    <section className="length-panel" aria-label="Length" aria-busy={counting}>
      <p className={overPages ? 'over-limit' : undefined} aria-live="polite">
        {pageCountProblem
          ? `Page count unavailable: ${pageCountProblem}`
          : pages === null
            ? 'Counting pages…'
            : describePrintedLength({ pageCount: pages, annexPages }, pageLimit)}
      </p>
      {!pageCountProblem && pages !== null && <FirstPageStatus checks={firstPage} />}
      <ul className="section-counts" aria-label="Words per section">
        {sections.map((section) => {
          const over = section.wordLimit !== undefined && section.words > section.wordLimit;
          return (
            <li key={section.id} className={over ? 'over-limit' : undefined}>
              <span>{section.heading}</span>{' '}
              {/* The count is laid out on its own (styles.css); the rare "over the limit" beside it. */}
              <span className="own-layout-slot">
                <span className="section-words own-layout">{section.present ? `${section.words}${section.wordLimit ? ` / ${section.wordLimit}` : ''} words` : 'heading missing'}</span>
              </span>
              {over ? ' — over the limit' : ''}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
