import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Word documents run through LibreOffice with `soffice --headless --convert-to`, in one run
 * for all, with a profile of its own so it neither waits for nor disturbs another LibreOffice
 * on the machine; each comes back as the `extension` file LibreOffice wrote.
 */
function throughLibreOffice(documents: readonly Uint8Array[], convertTo: string, extension: string): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), 'brieflink-libreoffice-'));
  try {
    const out = join(dir, 'out');
    mkdirSync(out);
    const files = documents.map((bytes, index) => {
      const file = join(dir, `document-${index}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', convertTo, '--outdir', out, ...files], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    return documents.map((_, index) => new Uint8Array(readFileSync(join(out, `document-${index}.${extension}`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Word documents laid out and printed to PDF by LibreOffice, as a reviewer without Word sees them. */
export function libreOfficePdfs(documents: readonly Uint8Array[]): Uint8Array[] {
  return throughLibreOffice(documents, 'pdf', 'pdf');
}

/** Word documents opened and saved again by LibreOffice, as a reviewer without Word sends them back. */
export function libreOfficeResaved(documents: readonly Uint8Array[]): Uint8Array[] {
  return throughLibreOffice(documents, 'docx:MS Word 2007 XML', 'docx');
}
