import { useEffect, useId, useRef, useState } from 'react';
import type { ComparedBlock, NoteComparison } from '../../../../common/compare/noteComparison';
import { CloseRow, Modal } from '../../Modal';
import { RedlineParts } from './RedlineParts';
import { redlineRows, stepChange } from './redlineRows';
import './compare.css';

interface CompareVersionsDialogProps {
  comparison: NoteComparison | null;
  fromLabel: string;
  toLabel: string;
  onClose(): void;
}

/** Words for a whole block put in or taken out, so the change is told in text as well as by its mark. */
function blockLabel(block: ComparedBlock): string | undefined {
  if (block.note) return block.note;
  if (block.change === 'added') return `Added ${block.kind}`;
  if (block.change === 'removed') return `Deleted ${block.kind}`;
  return undefined;
}

function ChangeNumber({ stop, total }: { stop: number | null; total: number }) {
  return stop === null ? null : <span className="visually-hidden">Change {stop + 1} of {total}: </span>;
}

function BlockRow({ block, stop, total }: { block: ComparedBlock; stop: number | null; total: number }) {
  const label = blockLabel(block);
  return (
    <div
      className={`redline-block redline-${block.change} redline-kind-${block.kind.replace(' ', '-')}`}
      style={block.depth > 0 ? { marginLeft: `${block.depth * 1.5}rem` } : undefined}
      data-stop={stop ?? undefined}
      tabIndex={stop === null ? undefined : -1}
    >
      <ChangeNumber stop={stop} total={total} />
      {label && <span className="redline-label">{label}</span>}
      <span className="redline-text">
        <RedlineParts parts={block.parts} />
      </span>
    </div>
  );
}

interface RedlineProps {
  comparison: NoteComparison;
  fromLabel: string;
  toLabel: string;
  onClose(): void;
}

/** The dialog's content, mounted afresh for each comparison: no change chosen, unchanged text folded. */
function Redline({ comparison, fromLabel, toLabel, onClose }: RedlineProps) {
  const [current, setCurrent] = useState<number | null>(null);
  const [showAll, setShowAll] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const detailsHeading = useId();
  const textHeading = useId();
  const total = comparison.changeCount;

  useEffect(() => {
    if (current === null) return;
    const target = container.current?.querySelector<HTMLElement>(`[data-stop="${current}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }, [current, showAll]);

  const go = (direction: 1 | -1) => setCurrent((now) => stepChange(now, direction, total));

  return (
    <div ref={container}>
      <p>
        From <strong>{fromLabel}</strong> to <strong>{toLabel}</strong>.{' '}
        {total === 0 ? 'No changes: the two versions read the same.' : `${total} ${total === 1 ? 'change' : 'changes'}.`}
      </p>
      <div className="compare-nav">
        <button type="button" onClick={() => go(-1)} disabled={total === 0 || current === 0}>
          Previous change
        </button>
        <button type="button" onClick={() => go(1)} disabled={total === 0 || current === total - 1}>
          Next change
        </button>
        <span aria-live="polite">{current === null ? '' : `Change ${current + 1} of ${total}`}</span>
        <label>
          <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} /> Show all unchanged text
        </label>
      </div>
      {comparison.fields.length > 0 && (
        <section aria-labelledby={detailsHeading}>
          <h3 id={detailsHeading}>Details</h3>
          <dl className="redline-fields">
            {comparison.fields.map((field, index) => (
              <div key={index} data-stop={index} tabIndex={-1}>
                <dt>
                  <ChangeNumber stop={index} total={total} />
                  {field.label}
                </dt>
                <dd>
                  <RedlineParts parts={field.parts} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section aria-labelledby={textHeading}>
        <h3 id={textHeading}>Text</h3>
        {comparison.blocks.length === 0 ? (
          <p>Neither version has any text.</p>
        ) : (
          <div className="redline">
            {redlineRows(comparison.blocks, comparison.fields.length, showAll).map((row) =>
              row.type === 'unchanged' ? (
                <p key={`u${row.from}`} className="redline-folded">
                  … {row.count} unchanged blocks …
                </p>
              ) : (
                <BlockRow key={row.index} block={comparison.blocks[row.index]} stop={row.stop} total={total} />
              ),
            )}
          </div>
        )}
      </section>
      <CloseRow onClose={onClose} />
    </div>
  );
}

/**
 * The redline between two versions of a note: changed details, then the body with struck and
 * inserted words, moves labelled at both ends; Previous / Next change step through the changes.
 */
export function CompareVersionsDialog({ comparison, fromLabel, toLabel, onClose }: CompareVersionsDialogProps) {
  return (
    <Modal open={comparison !== null} title="Compare versions" onClose={onClose} className="compare-dialog">
      {comparison && <Redline comparison={comparison} fromLabel={fromLabel} toLabel={toLabel} onClose={onClose} />}
    </Modal>
  );
}
