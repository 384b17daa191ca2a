import { useRef } from 'react';
import type { TemplateSection } from '../../../common/template';
import { focusButtonLater } from './focusButtonLater';
import { FieldProblem, type ProblemAt } from './fieldProblems';
import { SectionEditor } from './SectionEditor';

interface SectionsEditorProps {
  sections: TemplateSection[];
  onChange(sections: TemplateSection[]): void;
  problemAt: ProblemAt;
}

function moved<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

function unusedId(sections: TemplateSection[]): string {
  const taken = new Set(sections.map((section) => section.id));
  let n = sections.length + 1;
  while (taken.has(`section-${n}`)) n += 1;
  return `section-${n}`;
}

/** A template's sections in order; reordered with buttons, not by dragging, so the keyboard can do it. */
export function SectionsEditor({ sections, onChange, problemAt }: SectionsEditorProps) {
  const update = (index: number, patch: Partial<TemplateSection>) =>
    onChange(sections.map((section, i) => (i === index ? { ...section, ...patch } : section)));
  const container = useRef<HTMLFieldSetElement>(null);
  const move = (from: number, to: number) => {
    onChange(moved(sections, from, to));
    const n = to + 1;
    focusButtonLater(container.current, `Move section ${n} ${to < from ? 'up' : 'down'}`, `Move section ${n} ${to < from ? 'down' : 'up'}`);
  };
  const remove = (index: number) => {
    onChange(sections.filter((_, i) => i !== index));
    focusButtonLater(container.current, `Remove section ${index + 1}`, `Remove section ${index}`, 'Add section');
  };

  return (
    <fieldset className="sections-editor" ref={container}>
      <legend>Sections</legend>
      <ol>
        {sections.map((section, index) => {
          const n = index + 1;
          return (
            <li key={`${section.id}-${index}`}>
              <fieldset>
                <legend>
                  Section {n}: {section.heading || '(no heading)'}
                </legend>
                <SectionEditor index={index} section={section} onChange={(patch) => update(index, patch)} problemAt={(path) => problemAt(`sections.${index}.${path}`)} />
                <div className="section-buttons">
                  <button type="button" disabled={index === 0} onClick={() => move(index, index - 1)}>
                    Move section {n} up
                  </button>
                  <button type="button" disabled={index === sections.length - 1} onClick={() => move(index, index + 1)}>
                    Move section {n} down
                  </button>
                  <button type="button" onClick={() => remove(index)}>
                    Remove section {n}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <FieldProblem id="sections-edit" message={problemAt('sections')} />
      <button
        type="button"
        onClick={() =>
          onChange([
            ...sections,
            { id: unusedId(sections), heading: 'New section', guidance: '', required: false, layout: 'paragraphs', keepOnFirstPage: false },
          ])
        }
      >
        Add section
      </button>
    </fieldset>
  );
}
