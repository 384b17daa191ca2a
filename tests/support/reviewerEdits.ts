import { zipArchive, zipFile } from './zipArchive';
import { zipEntries } from './zipEntries';

/**
 * What a reviewer does to an exported DOCX in Word, done to its XML: the parts are unpacked,
 * edited as text and packed again.
 */
export function editDocx(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Buffer {
  const entries = zipEntries(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const xml = entries.get(name)?.toString('utf8');
    if (xml === undefined) throw new Error(`no part ${name}`);
    entries.set(name, Buffer.from(edit(xml), 'utf8'));
  }
  return zipArchive([...entries].map(([name, data]) => zipFile(name, data)));
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ReviewerComment {
  /** The commented words: they must lie within one run of the document. */
  onText: string;
  author: string;
  initials: string;
  text: string;
  date?: string;
}

function nextCommentId(xml: string): number {
  return Math.max(-1, ...[...xml.matchAll(/<w:comment w:id="(\d+)"/g)].map((match) => Number(match[1]))) + 1;
}

/**
 * Adds a Word comment on `onText`, as Word writes one: the run holding the words is split so
 * the range starts and ends exactly at them, with the comment's reference after the range.
 */
export function addReviewerComment(bytes: Uint8Array, comment: ReviewerComment): Buffer {
  const comments = zipEntries(bytes).get('word/comments.xml')!.toString('utf8');
  const id = nextCommentId(comments);
  const words = escapeXml(comment.onText);
  return editDocx(bytes, {
    'word/document.xml': (xml) => {
      const run = [...xml.matchAll(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/g)].find((match) => match[2]!.includes(words));
      if (!run) throw new Error(`no run holds "${comment.onText}"`);
      const [whole, properties = '', text] = run;
      const at = text!.indexOf(words);
      const piece = (part: string) => (part ? `<w:r>${properties}<w:t xml:space="preserve">${part}</w:t></w:r>` : '');
      const replaced =
        piece(text!.slice(0, at)) +
        `<w:commentRangeStart w:id="${id}"/>${piece(words)}<w:commentRangeEnd w:id="${id}"/>` +
        `<w:r><w:commentReference w:id="${id}"/></w:r>` +
        piece(text!.slice(at + words.length));
      return xml.replace(whole, replaced);
    },
    'word/comments.xml': (xml) => {
      const open = xml.replace(/<w:comments([^>]*)\/>$/, '<w:comments$1></w:comments>');
      const entry =
        `<w:comment w:id="${id}" w:author="${escapeXml(comment.author)}" w:initials="${escapeXml(comment.initials)}" w:date="${comment.date ?? '2026-04-01T09:30:00Z'}">` +
        comment.text
          .split('\n')
          .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
          .join('') +
        '</w:comment>';
      return open.replace('</w:comments>', `${entry}</w:comments>`);
    },
  });
}

/** The attributes Word gives a tracked change: its id, author and time. */
export const trackedBy = (id: number, author = 'Wen Word', date = '2026-04-01T09:30:00Z') => `w:id="${id}" w:author="${author}" w:date="${date}"`;

/** A paragraph of plain text, as the export writes it. */
export const wordParagraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/**
 * A paragraph moved with Track Changes, as Word writes it where it was (`from`) or where it
 * went (`to`): its mark and its text inside the move (ids `id` and `id + 1`).
 */
export function wordMovedParagraph(side: 'from' | 'to', text: string, id: number): string {
  const tag = side === 'from' ? 'w:moveFrom' : 'w:moveTo';
  return `<w:p><w:pPr><w:rPr><${tag} ${trackedBy(id)}/></w:rPr></w:pPr><${tag} ${trackedBy(id + 1)}><w:r><w:t xml:space="preserve">${text}</w:t></w:r></${tag}></w:p>`;
}
