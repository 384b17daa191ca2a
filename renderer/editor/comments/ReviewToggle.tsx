import { unresolvedCount } from '../../../common/comments';
import { useComments } from './CommentsContext';
import { REVIEW_PANEL_ID } from './ReviewPanel';

/** The note header's button that shows or hides the Review panel. */
export function ReviewToggle() {
  const comments = useComments();
  if (!comments) return null;
  const open = unresolvedCount(comments.threads);
  return (
    <button
      type="button"
      aria-expanded={comments.panelOpen}
      aria-controls={comments.panelOpen ? REVIEW_PANEL_ID : undefined}
      title={open > 0 ? `${open} open comment${open === 1 ? '' : 's'}` : undefined}
      onClick={() => comments.setPanelOpen(!comments.panelOpen)}
    >
      Review
    </button>
  );
}
