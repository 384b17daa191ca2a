import { describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode } from '../../../../../common/editorState';
import type { TemplateField } from '../../../../../common/template';
import { bodyText, fieldDifferences } from '../../../../../renderer/components/notes/versionDifferences';

const fields: TemplateField[] = [
  { id: 'subject', label: 'Subject', kind: 'text', required: true },
  { id: 'to', label: 'To', kind: 'text', required: true },
];

describe('comparing two versions of a note', () => {
  it('lists only the details that differ, by their form labels, a missing value as empty', () => {
    expect(fieldDifferences(fields, { subject: 'Renamed elsewhere', to: 'Director' }, { subject: 'Old title', to: 'Director' })).toEqual([
      { label: 'Subject', theirs: 'Renamed elsewhere', mine: 'Old title' },
    ]);
    expect(fieldDifferences(fields, { subject: 'Same' }, { subject: 'Same', to: '' })).toEqual([]);
    // A value the template no longer asks for is still shown, under its id.
    expect(fieldDifferences(fields, { subject: 'Same', legacy: 'x' }, { subject: 'Same' })).toEqual([{ label: 'legacy', theirs: 'x', mine: '' }]);
  });

  it('reads a body as saved or as the JSON text the editor sends, one block a line', () => {
    const body = editorState([headingNode('h2', 'Summary'), paragraphNode([textNode('First.')]), paragraphNode([textNode('Second.')])]);
    expect(bodyText(body)).toBe('Summary\nFirst.\nSecond.');
    expect(bodyText(JSON.stringify(body))).toBe('Summary\nFirst.\nSecond.');
  });
});
