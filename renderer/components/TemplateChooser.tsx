import type { TemplateSummary } from '../../common/template';
import { useModalDialog } from './Modal';

interface TemplateChooserProps {
  open: boolean;
  templates: TemplateSummary[];
  onChoose(templateId: string): void;
  onClose(): void;
}

/** A modal dialog; the native <dialog> keeps focus inside and closes on Escape. */
export function TemplateChooser({ open, templates, onChoose, onClose }: TemplateChooserProps) {
  const dialog = useModalDialog(open);

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
