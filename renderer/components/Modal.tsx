import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  open: boolean;
  title: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog titled by its heading. The native <dialog> keeps focus inside, returns it
 * to where it was on close, and closes on Escape.
 */
export function Modal({ open, title, onClose, className, children }: ModalProps) {
  const dialog = useModalDialog(open);
  const headingId = useId();

  return (
    <dialog
      ref={dialog}
      className={`modal ${className ?? ''}`}
      aria-labelledby={headingId}
      // React passes a dialog's close on to the dialogs around it; only this dialog's own closing closes it.
      onClose={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <h2 id={headingId}>{title}</h2>
      {open && children}
    </dialog>
  );
}

/** A ref for a native <dialog> that is shown as a modal while `open` is true. */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}

export function CloseRow({ onClose }: { onClose(): void }) {
  return (
    <div className="dialog-buttons">
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

/** Problems from the back end, one line per problem (template errors name their field). */
export function ProblemList({ heading, message }: { heading: string; message: string | null }) {
  if (!message) return null;
  const [first, ...rest] = message.split('\n');
  return (
    <div className="problems" role="alert">
      <p>
        <strong>{heading}</strong> {first}
      </p>
      {rest.length > 0 && (
        <ul>
          {rest.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
