import type { Ref } from 'react';

interface FilePickerProps {
  id: string;
  label: string;
  accept: string;
  onFile(file: File): void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The menu's or the palette's way into a file picker: the focus goes to it, and the system's
 * file chooser opens where the browser allows it (it asks for a fresh key press or click;
 * a command from the desktop menu may not count as one, and then Space on the focused
 * picker opens it).
 */
export function openFilePicker(input: HTMLInputElement | null): void {
  if (!input) return;
  input.focus();
  try {
    input.showPicker();
  } catch {
    // Refused without a user gesture: the focused picker is one key away.
  }
}

/** A labelled file input handing over one chosen file; it is cleared at once, so choosing the same file again works. */
export function FilePicker({ id, label, accept, onFile, inputRef }: FilePickerProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
