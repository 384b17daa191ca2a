import { useRef } from 'react';
import type { DecisionBlock } from '../../../common/template';
import { focusButtonLater } from './focusButtonLater';
import { describedBy, FieldProblem, type ProblemAt } from './fieldProblems';

/** The schema's limits: lines of options, options on a line, signature lines. */
const MAX_LINES = 4;
const MAX_OPTIONS = 4;
const MAX_SIGNATURES = 4;

/** What a section's decision block starts as when the user adds one. */
export const NEW_DECISION: DecisionBlock = { optionGroups: [['Approve', 'Disapprove']], signatureLines: ['Signature', 'Date'] };

interface DecisionEditorProps {
  /** "section 2", used in every label so each control is unique on the page. */
  name: string;
  idPrefix: string;
  decision: DecisionBlock;
  onChange(decision: DecisionBlock): void;
  /** Problems under "sections.N.decision". */
  problemAt: ProblemAt;
}

const without = <T,>(items: T[], index: number) => items.filter((_, i) => i !== index);
const replaced = <T,>(items: T[], index: number, item: T) => items.map((old, i) => (i === index ? item : old));

/** A section's tick options ("☐ Agreed ☐ Not agreed"), one line per group, and its signature and date lines. */
export function DecisionEditor({ name, idPrefix, decision, onChange, problemAt }: DecisionEditorProps) {
  const { optionGroups, signatureLines } = decision;
  const setGroups = (groups: string[][]) => onChange({ ...decision, optionGroups: groups });
  const setLines = (lines: string[]) => onChange({ ...decision, signatureLines: lines });
  const container = useRef<HTMLFieldSetElement>(null);
  /** After a removal, focus goes to the same button of the item that moved up, or of the one before, or to the add button. */
  const focusAfterRemoval = (label: (n: number) => string, n: number, add: string) => focusButtonLater(container.current, label(n), label(n - 1), add);

  return (
    <fieldset className="decision-editor" ref={container}>
      <legend>Decision block of {name}</legend>
      {optionGroups.map((group, g) => {
        const line = `line ${g + 1} of ${name}`;
        return (
          <fieldset key={g} className="decision-line">
            <legend>Decision options, {line}</legend>
            {group.map((option, o) => {
              const id = `${idPrefix}-option-${g}-${o}`;
              const message = problemAt(`optionGroups.${g}.${o}`);
              return (
                <div key={o} className="decision-option-edit">
                  <input
                    id={id}
                    aria-label={`Option ${o + 1}, ${line}`}
                    value={option}
                    onChange={(event) => setGroups(replaced(optionGroups, g, replaced(group, o, event.target.value)))}
                    {...describedBy(id, message)}
                  />
                  <button type="button" disabled={group.length === 1} onClick={() => {
                      setGroups(replaced(optionGroups, g, without(group, o)));
                      focusAfterRemoval((n) => `Remove option ${n}, ${line}`, o + 1, `Add an option to ${line}`);
                    }}
                  >
                    Remove option {o + 1}, {line}
                  </button>
                  <FieldProblem id={id} message={message} />
                </div>
              );
            })}
            <FieldProblem id={`${idPrefix}-line-${g}`} message={problemAt(`optionGroups.${g}`)} />
            <div className="section-buttons">
              <button type="button" disabled={group.length >= MAX_OPTIONS} onClick={() => setGroups(replaced(optionGroups, g, [...group, 'Option']))}>
                Add an option to {line}
              </button>
              <button
                type="button"
                disabled={optionGroups.length === 1}
                onClick={() => {
                  setGroups(without(optionGroups, g));
                  focusAfterRemoval((n) => `Remove line ${n} of ${name}`, g + 1, `Add a line of options to ${name}`);
                }}
              >
                Remove {line}
              </button>
            </div>
          </fieldset>
        );
      })}
      <FieldProblem id={`${idPrefix}-lines`} message={problemAt('optionGroups')} />
      <button type="button" disabled={optionGroups.length >= MAX_LINES} onClick={() => setGroups([...optionGroups, ['Noted', 'Please discuss']])}>
        Add a line of options to {name}
      </button>

      <fieldset className="decision-line">
        <legend>Signature and date lines of {name}</legend>
        {signatureLines.map((label, s) => {
          const id = `${idPrefix}-signature-${s}`;
          const message = problemAt(`signatureLines.${s}`);
          return (
            <div key={s} className="decision-option-edit">
              <input
                id={id}
                aria-label={`Signature line ${s + 1} of ${name}`}
                value={label}
                onChange={(event) => setLines(replaced(signatureLines, s, event.target.value))}
                {...describedBy(id, message)}
              />
              <button
                type="button"
                onClick={() => {
                  setLines(without(signatureLines, s));
                  focusAfterRemoval((n) => `Remove signature line ${n} of ${name}`, s + 1, `Add a signature line to ${name}`);
                }}
              >
                Remove signature line {s + 1} of {name}
              </button>
              <FieldProblem id={id} message={message} />
            </div>
          );
        })}
        <FieldProblem id={`${idPrefix}-signatures`} message={problemAt('signatureLines')} />
        <button type="button" disabled={signatureLines.length >= MAX_SIGNATURES} onClick={() => setLines([...signatureLines, 'Date'])}>
          Add a signature line to {name}
        </button>
      </fieldset>
    </fieldset>
  );
}
