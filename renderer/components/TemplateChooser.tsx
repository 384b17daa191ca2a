import { useEffect, useRef } from 'react';
import type { TemplateSummary } from '../../common/template';

interface TemplateChooserProps {
  open: boolean;
  templates: TemplateSummary[];
  onChoose(templateId: string): void;
  onClose(): void;
}

/** A modal dialog; the native <dialog> keeps focus inside and closes on Escape. */
export function TemplateChooser({ open, templates, onChoose, onClose }: TemplateChooserProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="template-chooser" aria-labelledby="template-chooser-title" onClose={onClose}>
      <h2 id="template-chooser-title">Choose a template</h2>
      <ul className="template-list">
        {templates.map((template) => (
          <li key={template.id}>
            <button type="button" aria-describedby={`template-desc-${template.id}`} onClick={() => onChoose(template.id)}>
              {template.name}
            </button>
            <p id={`template-desc-${template.id}`}>{template.description}</p>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={onClose}>
        Cancel
      </button>
    </dialog>
  );
}
