/**
 * Marks the untagged text of a page content stream as an artifact.
 *
 * Chromium's tagged PDF puts the document's text in marked-content sequences tied to the
 * structure tree, but writes what it paints in the @page margin boxes (classification
 * markings, the running header, "Page X of Y") and fixed-position decoration (the DRAFT
 * watermark) as bare text objects outside any marked content: neither structure nor
 * artifact. Assistive technology and PDF/UA checkers then treat them as stray content. This
 * wraps every text object (BT … ET) that is outside all marked content in
 * `/Artifact <</Type /Pagination>> BDC … EMC`, leaving everything else byte for byte.
 */

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

function isRegular(c: number | undefined): boolean {
  return c !== undefined && !WHITESPACE.has(c) && !DELIMITERS.has(c);
}

const encoder = new TextEncoder();
const ARTIFACT_OPEN = encoder.encode('/Artifact <</Type /Pagination>> BDC\n');
const ARTIFACT_CLOSE = encoder.encode('\nEMC');

/** Index just past a literal string `( … )` that starts at `at`, with nesting and escapes. */
function skipLiteral(bytes: Uint8Array, at: number): number {
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return bytes.length;
}

/**
 * The content stream with its bare text objects marked as artifacts, or undefined when there
 * was nothing to mark or the stream holds something this scanner does not parse (inline
 * images, unbalanced operators), in which case the page is left as Chromium wrote it.
 */
export function markBareTextAsArtifact(bytes: Uint8Array): Uint8Array | undefined {
  /** Where to insert the opening and closing operators: [index, 'open' | 'close']. */
  const inserts: [number, 'open' | 'close'][] = [];
  let depth = 0;
  let textStart: number | undefined;
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c === 0x28) {
      i = skipLiteral(bytes, i);
    } else if (c === 0x25) {
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (c === 0x3c && bytes[i + 1] === 0x3c) {
      i += 2; // a dictionary opens: its names and values are scanned like the rest
    } else if (c === 0x3c) {
      const end = bytes.indexOf(0x3e, i); // a hex string
      i = end === -1 ? bytes.length : end + 1;
    } else if (isRegular(c)) {
      let end = i;
      while (isRegular(bytes[end])) end++;
      // Operators of two or three letters only; longer words (names' tails, numbers) are skipped.
      const whole = end - i === 2 || end - i === 3 ? String.fromCharCode(...bytes.subarray(i, end)) : '';
      if (whole === 'BDC' || whole === 'BMC') depth++;
      else if (whole === 'EMC') depth--;
      else if (whole === 'BI') return undefined;
      else if (whole === 'BT' && depth === 0) textStart = i;
      else if (whole === 'ET' && textStart !== undefined) {
        inserts.push([textStart, 'open'], [end, 'close']);
        textStart = undefined;
      }
      if (depth < 0) return undefined;
      i = end;
    } else {
      i++;
    }
  }
  if (inserts.length === 0 || depth !== 0 || textStart !== undefined) return undefined;

  const out = new Uint8Array(bytes.length + (inserts.length / 2) * (ARTIFACT_OPEN.length + ARTIFACT_CLOSE.length));
  let from = 0;
  let to = 0;
  for (const [at, kind] of inserts) {
    out.set(bytes.subarray(from, at), to);
    to += at - from;
    from = at;
    const piece = kind === 'open' ? ARTIFACT_OPEN : ARTIFACT_CLOSE;
    out.set(piece, to);
    to += piece.length;
  }
  out.set(bytes.subarray(from), to);
  return out;
}
