import type { FieldEvidenceShape } from '../../../common/libraryImport';

interface FieldEvidenceProps {
  /** The id the field's control points at with aria-describedby. */
  id: string;
  evidence: FieldEvidenceShape | undefined;
}

/**
 * Beside a proposed field: the words it was read from, so a reviewer checks it at a glance,
 * and a "Check" mark when Brieflink was unsure of it.
 */
export function FieldEvidence({ id, evidence }: FieldEvidenceProps) {
  if (!evidence) return null;
  return (
    <p id={id} className={evidence.unsure ? 'field-evidence unsure' : 'field-evidence'}>
      {evidence.unsure && <strong className="check-mark">Check: </strong>}
      <span className="muted">Read from </span>“{evidence.text}”
    </p>
  );
}

/** The aria-describedby value for a control with evidence, or nothing when there is none. */
export function describedBy(id: string, evidence: FieldEvidenceShape | undefined): { 'aria-describedby'?: string } {
  return evidence ? { 'aria-describedby': id } : {};
}
