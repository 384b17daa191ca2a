import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Word documents laid out and printed to PDF by LibreOffice, as a reviewer without Word sees
 * them: one `soffice --headless --convert-to pdf` run for all, with a profile of its own so it
 * neither waits for nor disturbs another LibreOffice on the machine.
 */
export function libreOfficePdfs(documents: readonly Uint8Array[]): Uint8Array[] {
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
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    return documents.map((_, index) => new Uint8Array(readFileSync(join(out, `document-${index}.pdf`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Word documents opened and saved again by LibreOffice, as a reviewer without Word sends them
 * back: its own profile, as above.
 */
export function libreOfficeResaved(documents: readonly Uint8Array[]): Uint8Array[] {
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
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, ...files], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    return documents.map((_, index) => new Uint8Array(readFileSync(join(out, `document-${index}.docx`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
