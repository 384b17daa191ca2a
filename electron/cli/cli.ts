import { helperBeside, useImportHelper } from '../services/import/importHelper';
import { DEFAULT_DEVELOPMENTS } from '../services/library/defaultDevelopments';
import { openLibrary } from '../services/library/library';
import { defaultDataDir, openWorkspace, resolveDataDir } from '../services/workspace';
import { parseCliArgs, USAGE } from './cliArgs';
import { runImport, runSearch } from './cliCommands';
import { exportCommand } from './exportCommand';
import { messageOf } from '../../common/messageOf';

/** `brieflink import …`, `brieflink search …` and `brieflink export …` on the same workspace as the app. Plain Node, no Electron. */
async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'export') {
    const dataDir = resolveDataDir(defaultDataDir());
    return exportCommand(argv.slice(1), { dataDir, stdout: (line) => console.log(line), stderr: (line) => console.error(line) });
  }
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    console.error(`${messageOf(error)}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  const workspace = openWorkspace(resolveDataDir(defaultDataDir()));
  let library;
  try {
    library = openLibrary(workspace.libraryFile, { seed: DEFAULT_DEVELOPMENTS });
  } catch (error) {
    console.error(`The library in ${workspace.root} could not be opened: ${messageOf(error)}`);
    return 1;
  }
  try {
    const out = (line: string) => console.log(line);
    if (command.kind === 'search') return runSearch(library, command, out);
    // PDFs, Word documents and web pages are read only on the helper threads, under their limits.
    useImportHelper(helperBeside(import.meta.url));
    return await runImport(library, command, out, (line) => console.error(line));
  } finally {
    library.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`brieflink: ${messageOf(error)}`);
    process.exitCode = 1;
  },
);
