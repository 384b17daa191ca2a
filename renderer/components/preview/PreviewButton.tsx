import { useState } from 'react';
import { PreviewDialog } from './PreviewDialog';

interface PreviewButtonProps {
  noteId: string;
  /** Saves pending edits first: the preview prints the saved note. */
  beforePreview(): Promise<void>;
}

/** Opens the print preview of the note, page for page as the PDF export makes it. */
export function PreviewButton({ noteId, beforePreview }: PreviewButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          await beforePreview();
          setOpen(true);
        }}
      >
        Preview
      </button>
      {open && <PreviewDialog noteId={noteId} onClose={() => setOpen(false)} />}
    </>
  );
}
