import { importError } from './importError';

/** Share of control characters (other than tab and line breaks) above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Bytes to a string, refusing what is not UTF-8 text: binary data (NUL bytes, many
 * control characters) and invalid UTF-8 each get their own message.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i];
    if (byte === 0) throw importError(fileName, 'this file contains binary data, not text. Is it really a text file?');
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  if (controls / Math.max(1, sample.length) > MAX_CONTROL_SHARE) {
    throw importError(fileName, 'this file contains binary data, not text. Is it really a text file?');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw importError(fileName, 'this file is not valid UTF-8 text. Save it as UTF-8 and import it again.');
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Collapses runs of blank lines and trailing spaces, keeping paragraphs apart by one blank line. */
export function tidyParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim())
    .filter(Boolean)
    .join('\n\n');
}
