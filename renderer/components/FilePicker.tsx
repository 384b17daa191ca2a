interface FilePickerProps {
  id: string;
  label: string;
  accept: string;
  onFile(file: File): void;
}

/** A labelled file input handing over one chosen file; it is cleared at once, so choosing the same file again works. */
export function FilePicker({ id, label, accept, onFile }: FilePickerProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
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
