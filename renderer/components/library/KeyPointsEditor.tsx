import type { KeyPoint } from '../../../common/development';
import { newKeyPointId } from '../../../common/keyPointId';

interface KeyPointsEditorProps {
  idPrefix: string;
  points: readonly KeyPoint[];
  onChange(points: KeyPoint[]): void;
}

/** Each key point as its own text box; ids stay with their point through edits, so links keep working. */
export function KeyPointsEditor({ idPrefix, points, onChange }: KeyPointsEditorProps) {
  const setText = (index: number, text: string) => onChange(points.map((p, i) => (i === index ? { ...p, text } : p)));
  const add = () => onChange([...points, { id: newKeyPointId('', new Set(points.map((p) => p.id))), text: '' }]);
  return (
    <fieldset className="list-editor">
      <legend>Key points</legend>
      <ol>
        {points.map((point, index) => (
          <li key={point.id}>
            <label htmlFor={`${idPrefix}-kp-${index}`} className="visually-hidden">
              Key point {index + 1}
            </label>
            <textarea id={`${idPrefix}-kp-${index}`} rows={2} value={point.text} onChange={(e) => setText(index, e.target.value)} />
            <button type="button" onClick={() => onChange(points.filter((_, i) => i !== index))}>
              Remove key point {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add}>
        Add key point
      </button>
    </fieldset>
  );
}
