/**
 * Cheap facts about a PDF without a PDF library, for reporting after an export.
 *
 * The page count is the number of page objects (`/Type /Page`, not `/Pages`). Chromium
 * (Skia) writes every object uncompressed at the top level of the file, with the page tree's
 * dictionaries in plain text and only stream contents compressed, so the page objects can be
 * counted by scanning the file. The scan skips literal strings, comments and stream data, so
 * text that merely looks like `/Type /Page` (a title such as "/Type /Page", bookmarks,
 * compressed bytes) is not counted. PDFs that keep objects in compressed object streams
 * (not Chromium's output) are not supported: such a file counts 0.
 */
export function countPdfPages(bytes: Uint8Array): number {
  const n = bytes.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (c === 0x28 /* ( */) {
      i = skipLiteralString(bytes, i);
    } else if (c === 0x25 /* % */) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (c === 0x73 /* s */ && matchesKeyword(bytes, i, STREAM)) {
      i = skipStream(bytes, i + STREAM.length);
    } else if (c === 0x2f /* / */ && matchesName(bytes, i, TYPE)) {
      let j = i + TYPE.length;
      while (j < n && isWhitespace(bytes[j]!)) j++;
      if (matchesName(bytes, j, PAGE)) {
        count++;
        i = j + PAGE.length;
      } else {
        i = j;
      }
    } else {
      i++;
    }
  }
  return count;
}

const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const TYPE = ascii('/Type');
const PAGE = ascii('/Page');
const STREAM = ascii('stream');
const ENDSTREAM = ascii('endstream');

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

function isDelimiter(c: number): boolean {
  // ( ) < > [ ] { } / %
  return c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
}

function startsWith(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > bytes.length) return false;
  for (let k = 0; k < word.length; k++) if (bytes[at + k] !== word[k]) return false;
  return true;
}

/** A whole PDF name at `at`: `/Page` but not `/Pages` or `/PageLabels`. */
function matchesName(bytes: Uint8Array, at: number, name: Uint8Array): boolean {
  if (!startsWith(bytes, at, name)) return false;
  const next = bytes[at + name.length];
  return next === undefined || isWhitespace(next) || isDelimiter(next);
}

/** A keyword standing on its own (`stream`, not `endstream` or `upstream`). */
function matchesKeyword(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  if (!startsWith(bytes, at, word)) return false;
  const before = at > 0 ? bytes[at - 1]! : 0x20;
  const after = bytes[at + word.length];
  const beforeOk = isWhitespace(before) || isDelimiter(before);
  return beforeOk && (after === 0x0a || after === 0x0d);
}

/** Index just past a literal string starting at `at` (which holds the opening parenthesis). */
function skipLiteralString(bytes: Uint8Array, at: number): number {
  let depth = 0;
  let i = at;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c === 0x5c /* \ */) {
      i += 2;
      continue;
    }
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
    i++;
  }
  return i;
}

/** Index just past the `endstream` that closes stream data starting at `at`. */
function skipStream(bytes: Uint8Array, at: number): number {
  let i = bytes.indexOf(0x65 /* e */, at);
  while (i !== -1 && i + ENDSTREAM.length <= bytes.length) {
    if (startsWith(bytes, i, ENDSTREAM)) return i + ENDSTREAM.length;
    i = bytes.indexOf(0x65, i + 1);
  }
  return bytes.length;
}
