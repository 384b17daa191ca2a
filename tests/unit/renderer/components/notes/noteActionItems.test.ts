import { describe, expect, it } from 'vitest';
import { noteActionItems, type NoteActionState } from '../../../../../renderer/components/notes/noteActionItems';

const state = (change: Partial<NoteActionState> = {}): NoteActionState => ({ clearanceCount: 0, reviewOpen: false, draftWatermark: false, exportingDocx: false, ...change });

describe('the note header’s "More actions" menu', () => {
  it('lists every action by the name of the button it replaced, the trash last and apart', () => {
    const items = noteActionItems(state());
    expect(items.map((item) => item.label)).toEqual(['Export DOCX', 'Draft watermark', 'Preview', 'Review', 'Import review from DOCX…', 'Clearance', 'History', 'Save as template', 'Share note', 'Move to trash']);
    expect(items.filter((item) => item.groupStart).map((item) => item.label)).toEqual(['Review', 'History', 'Move to trash']);
    expect(items.every((item) => !item.disabled)).toBe(true);
  });

  it('shows the on/off items’ state and the clearance list’s length', () => {
    const items = noteActionItems(state({ clearanceCount: 2, reviewOpen: true, draftWatermark: true }));
    expect(items.find((item) => item.id === 'clearance')?.label).toBe('Clearance (2)');
    expect(items.filter((item) => item.checked !== undefined).map((item) => [item.label, item.checked])).toEqual([
      ['Draft watermark', true],
      ['Review', true],
    ]);
    expect(items.find((item) => item.id === 'history')?.checked).toBeUndefined();
  });

  it('leaves Review out where the note has no review, and keeps the groups apart', () => {
    const items = noteActionItems(state({ reviewOpen: null }));
    expect(items.map((item) => item.id)).not.toContain('review');
    expect(items.find((item) => item.id === 'importReview')?.groupStart).toBe(true);
    expect(items.find((item) => item.id === 'clearance')?.groupStart).toBe(false);
  });

  it('holds Export DOCX back while one is under way', () => {
    expect(noteActionItems(state({ exportingDocx: true })).find((item) => item.id === 'exportDocx')?.disabled).toBe(true);
  });
});
