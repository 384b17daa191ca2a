import { describeFirstPageCheck, fitsFirstPage, type FirstPageCheck } from '../../common/firstPage';
import './firstPage.css';

/** In the length panel: whether each section the template wants on page 1 ends there in the print. */
export function FirstPageStatus({ checks }: { checks: FirstPageCheck[] }) {
  if (checks.length === 0) return null;
  return (
    <ul className="first-page-checks" aria-label="Page 1" aria-live="polite">
      {checks.map((check) => (
        <li key={check.sectionId} className={fitsFirstPage(check) ? undefined : 'over-limit'}>
          {describeFirstPageCheck(check)}
        </li>
      ))}
    </ul>
  );
}
