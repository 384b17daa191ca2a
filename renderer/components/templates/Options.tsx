/** The <option>s of a select, from value → label. */
export function Options({ choices }: { choices: Record<string, string> }) {
  return (
    <>
      {Object.entries(choices).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
