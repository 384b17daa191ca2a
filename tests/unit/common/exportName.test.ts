import { describe, expect, it } from 'vitest';
import { exportName } from '../../../common/exportName';

describe('export file names', () => {
  it('puts the file number first and cuts a long subject at a word', () => {
    const title = 'Options for the Minister ahead of a decision on tiered licensing of technology exports to China';
    const name = exportName({ title, fileNumber: 'BN-2026-0042' }, 'pdf');
    expect(name).toBe('BN-2026-0042 Options for the Minister ahead of a decision on tiered licensing of.pdf');
    expect(name.length - '.pdf'.length).toBeLessThanOrEqual(80);
    expect(exportName({ title }, 'docx')).toBe('Options for the Minister ahead of a decision on tiered licensing of technology.docx');
  });

  it('drops characters no file system takes, and bidirectional controls that could disguise the extension', () => {
    expect(exportName({ title: 'Budget: "Q3" / Q4?' }, 'pdf')).toBe('Budget Q3 Q4.pdf');
    expect(exportName({ title: 'Invoice \u202Efdp.exe' }, 'docx')).toBe('Invoice fdp.exe.docx');
    expect(exportName({ title: 'a\u2066b\u2069c\u200f' }, 'pdf')).toBe('a b c.pdf');
  });

  it('never makes a Windows device name', () => {
    expect(exportName({ title: 'CON' }, 'docx')).toBe('CON note.docx');
    expect(exportName({ title: 'lpt1' }, 'pdf')).toBe('lpt1 note.pdf');
    expect(exportName({ title: 'Console review' }, 'pdf')).toBe('Console review.pdf');
  });

  it('names an untitled note, and trims trailing dots', () => {
    expect(exportName({ title: '  ' }, 'pdf')).toBe('Brieflink note.pdf');
    expect(exportName({ title: 'Draft...' }, 'pdf')).toBe('Draft.pdf');
  });
});
