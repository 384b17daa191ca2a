/** What the command line asked for. */
export type CliCommand =
  | { kind: 'import'; files: string[]; duplicates: 'skip' | 'keep both' | 'replace'; json: boolean }
  | { kind: 'search'; query: string; json: boolean; limit: number }
  | { kind: 'help' };

export const USAGE = `Usage:
  brieflink import <files…> [--keep-both | --replace] [--json]
      Reads .txt, .md, .html, .pdf and .docx files into the library. Imported entries are
      marked "needs review" in the app. A file that repeats an entry (same URL or
      near-identical text) is skipped unless --keep-both or --replace is given.
  brieflink search "<query>" [--limit N] [--json]
      Searches the library (title, summary, key points, full text; words match by prefix).

The workspace is BRIEFLINK_DATA_DIR if set, else the app's default data folder.`;

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((arg) => arg.startsWith('--')));
  const json = flags.has('--json');
  if (command === 'import') {
    const files = rest.filter((arg) => !arg.startsWith('--'));
    if (files.length === 0) throw new Error('brieflink import: name at least one file.');
    if (flags.has('--keep-both') && flags.has('--replace')) throw new Error('brieflink import: choose --keep-both or --replace, not both.');
    const duplicates = flags.has('--keep-both') ? 'keep both' : flags.has('--replace') ? 'replace' : 'skip';
    return { kind: 'import', files, duplicates, json };
  }
  if (command === 'search') {
    const limitAt = rest.indexOf('--limit');
    const limit = limitAt >= 0 ? Number(rest[limitAt + 1]) : 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new Error('brieflink search: --limit takes a whole number from 1 to 1000.');
    const words = rest.filter((arg, index) => !arg.startsWith('--') && !(limitAt >= 0 && index === limitAt + 1));
    return { kind: 'search', query: words.join(' '), json, limit };
  }
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { kind: 'help' };
  throw new Error(`brieflink: unknown command "${command}".`);
}
