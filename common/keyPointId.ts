/**
 * A stable id for a new key point: a counter and the first words, unique among the ids
 * already taken. Ids never change once given, so links from notes keep pointing at the
 * same point after it is reworded or reordered.
 */
export function newKeyPointId(text: string, taken: ReadonlySet<string>): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .join('-')
    .slice(0, 40);
  for (let n = taken.size + 1; ; n++) {
    const id = words ? `kp-${n}-${words}` : `kp-${n}`;
    if (!taken.has(id)) return id;
  }
}
