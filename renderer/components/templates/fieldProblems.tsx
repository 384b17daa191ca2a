import type { Template } from '../../../common/template';
import { validateTemplate } from '../../../common/userTemplates';

/** The validator's message for one part of the template ("print.marginMm"), if it has one. */
export type ProblemAt = (path: string) => string | undefined;

/**
 * The same check the back end makes on save, run as the user edits, so each control can say
 * what is wrong with it. Lines are "path: message", one per problem; the first per path wins.
 */
export function templateProblems(template: Template): { count: number; at: ProblemAt } {
  const checked = validateTemplate(template);
  if (checked.ok) return { count: 0, at: () => undefined };
  const byPath = new Map<string, string>();
  for (const line of checked.errors) {
    const split = line.indexOf(': ');
    const path = line.slice(0, split);
    if (!byPath.has(path)) byPath.set(path, line.slice(split + 2));
  }
  return { count: checked.errors.length, at: (path) => byPath.get(path) };
}

/** Attributes that tie a control to its message: announced with it, and marked invalid. */
export function describedBy(id: string, message: string | undefined) {
  return message ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-problem` } : {};
}

/** The message under a control, in words a screen reader reads with the control. */
export function FieldProblem({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={`${id}-problem`} className="field-problem">
      {message}
    </p>
  ) : null;
}

/** A number box's value: empty for none; NaN (reported as "enter …") when a required number is cleared. */
export function numberFrom(text: string, required: true): number;
export function numberFrom(text: string, required: false): number | undefined;
export function numberFrom(text: string, required: boolean): number | undefined {
  if (text.trim() === '') return required ? Number.NaN : undefined;
  return Number(text);
}

export const numberValue = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '' : value);
