import { useState } from 'react';
import { PreviewDialog } from './PreviewDialog';

interface PreviewButtonProps {
  noteId: string;
  /** Saves pending edits first: the preview prints the saved note. */
  beforePreview(): Promise<void>;
  announce(message: string): void;
}

/** Opens the print preview of the note, page for page as the PDF export makes it. */
export function PreviewButton({ noteId, beforePreview, announce }: PreviewButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          try {
            await beforePreview();
          } catch (error) {
            announce(error instanceof Error ? error.message : String(error));
            return;
          }
          setOpen(true);
        }}
      >
        Preview
      </button>
      {open && <PreviewDialog noteId={noteId} onClose={() => setOpen(false)} />}
    </>
  );
}
