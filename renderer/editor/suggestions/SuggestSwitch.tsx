import { useComments } from '../comments/CommentsContext';
import { useSuggestions } from './SuggestionsContext';

/** The toolbar's Suggest changes switch: on, edits to the body are recorded as suggestions under the user's name. */
export function SuggestSwitch() {
  const suggestions = useSuggestions();
  const comments = useComments();
  if (!suggestions || !comments) return null;
  return (
    <label className="suggest-switch">
      <input type="checkbox" checked={suggestions.suggesting} onChange={(event) => suggestions.setSuggesting(event.target.checked)} />
      Suggest changes
    </label>
  );
}
