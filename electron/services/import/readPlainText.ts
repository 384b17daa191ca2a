import type { SourceDocument } from '../../../common/extract/types';
import { decodeText, tidyParagraphs } from './decodeText';
import { importError } from './importError';

/** A .txt file: UTF-8 text, paragraphs separated by blank lines. */
export function readPlainText(bytes: Uint8Array, fileName: string): SourceDocument {
  const text = tidyParagraphs(decodeText(bytes, fileName));
  if (!text) throw importError(fileName, 'this file has no text in it (only spaces or blank lines).');
  return { fileName, text, metadata: {} };
}

/** A .md file: the first level-1 heading is the title; markup characters are dropped from the text. */
export function readMarkdown(bytes: Uint8Array, fileName: string): SourceDocument {
  const source = decodeText(bytes, fileName);
  const title = source.match(/^#\s+(.+)$/m)?.[1]?.trim();
  const text = tidyParagraphs(
    source
      .replace(/^```.*$/gm, '')
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/^\s*[-*+]\s+/gm, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2'),
  );
  if (!text) throw importError(fileName, 'this file has no text in it (only spaces or blank lines).');
  return { fileName, text, metadata: title ? { title } : {} };
}
