import fs from 'node:fs';
import path from 'node:path';
import { createImportService } from '../services/import/importService';
import { checkImportSize, readDocument } from '../services/import/readDocument';
import type { LibraryService } from '../services/library/library';
import type { CliCommand } from './cliArgs';
import { extractedJson, type ExtractedJson } from './importJson';
import { messageOf } from '../../common/messageOf';

type Output = (line: string) => void;

interface FileOutcome {
  file: string;
  status: 'imported' | 'replaced' | 'skipped' | 'failed';
  id?: string;
  title?: string;
  message?: string;
  /** With --json: every field extraction proposed, with its evidence. */
  extracted?: ExtractedJson;
}

/** Imports each file on its own: a bad file is reported and the rest go on. Returns the exit code. */
export async function runImport(library: LibraryService, command: Extract<CliCommand, { kind: 'import' }>, out: Output, err: Output): Promise<number> {
  const importer = createImportService(library);
  const outcomes: FileOutcome[] = [];
  for (const file of command.files) {
    const name = path.basename(file);
    try {
      // Refused by size before a byte of it is read.
      checkImportSize(name, fs.statSync(file).size);
      const proposal = await importer.proposeFromDocument(await readDocument(name, fs.readFileSync(file)));
      const extracted = command.json ? { extracted: extractedJson(proposal) } : {};
      const duplicate = proposal.duplicates[0];
      if (duplicate && command.duplicates === 'skip') {
        outcomes.push({ file, status: 'skipped', id: duplicate.id, title: duplicate.title, message: `repeats “${duplicate.title}” (${duplicate.reason})`, ...extracted });
        continue;
      }
      const replaceId = duplicate && command.duplicates === 'replace' ? duplicate.id : undefined;
      const saved = importer.save(proposal.fields, replaceId);
      outcomes.push({ file, status: replaceId ? 'replaced' : 'imported', id: saved.id, title: saved.title, ...extracted });
    } catch (error) {
      const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `${name}: no such file.` : messageOf(error);
      outcomes.push({ file, status: 'failed', message });
    }
  }
  if (command.json) out(JSON.stringify(outcomes, null, 2));
  else {
    for (const o of outcomes) {
      if (o.status === 'failed') err(`✗ ${o.message}`);
      else if (o.status === 'skipped') out(`– ${o.file}: skipped, ${o.message}`);
      else out(`✓ ${o.file}: ${o.status} as “${o.title}” (${o.id})`);
    }
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    out(`${outcomes.length - failed} of ${outcomes.length} file${outcomes.length === 1 ? '' : 's'} handled; imported entries need review in the app.`);
  }
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

export function runSearch(library: LibraryService, command: Extract<CliCommand, { kind: 'search' }>, out: Output): number {
  const hits = library.search(command.query, command.limit);
  if (command.json) {
    out(JSON.stringify(hits.map((hit) => ({ ...hit, snippet: hit.snippet.map((part) => part.text).join('') })), null, 2));
    return 0;
  }
  if (hits.length === 0) out(`No developments match “${command.query}”.`);
  for (const hit of hits) {
    out(`${hit.title}\n  ${[hit.id, hit.publisher, hit.publishedDate, hit.status, hit.needsReview ? 'needs review' : ''].filter(Boolean).join(' · ')}`);
    // Matched words in brackets, since a terminal has no highlight.
    out(`  ${hit.snippet.map((part) => (part.hit ? `[${part.text}]` : part.text)).join('').replace(/\s+/g, ' ')}`);
  }
  return 0;
}
