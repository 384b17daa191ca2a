import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markIdsInBody } from '../../../common/comments';
import type { SerializedNode } from '../../../common/editorState';
import { newNote, noteSchema, withFormatVersion } from '../../../common/note';
import { SNIPPET_NODE_TYPE } from '../../../common/snippet';
import { acceptedNodes, suggestionsIn } from '../../../common/suggestions';
import { templateSchema } from '../../../common/template';
import { makeGenerator } from '../../bench/generateLibrary';
import { longNoteBody } from '../../bench/longNote';
import { withReview } from '../../bench/reviewedNote';
import { builtInTemplateFile } from '../../support/backendFixture';

const template = templateSchema.parse(JSON.parse(fs.readFileSync(builtInTemplateFile('information-note'), 'utf8')));
const generator = makeGenerator(7);
const developments = Array.from({ length: 400 }, (_, i) => generator.development(i, '2026-01-01T00:00:00.000Z'));
const long = longNoteBody(developments, template.sections.map((section) => section.heading));

function count(nodes: readonly SerializedNode[], type: string): number {
  return nodes.reduce((sum, node) => sum + (node.type === type ? 1 : 0) + count(node.children ?? [], type), 0);
}

describe('the reviewed long note of the benchmark', () => {
  const reviewed = withReview(long.body);
  const children = reviewed.body.root.children;

  it('holds 200 comment marks, each naming its own thread, and 200 suggestions, half insertions', () => {
    expect(count(children, 'mark')).toBe(200);
    expect(markIdsInBody(reviewed.body.root)).toEqual(reviewed.comments.map((thread) => thread.id));
    expect(reviewed.comments).toHaveLength(200);
    const suggestions = suggestionsIn(children);
    expect(suggestions).toHaveLength(200);
    expect(suggestions.filter((item) => item.kind === 'insert')).toHaveLength(100);
  });

  it('spreads them over the whole note, leaving its snippets and tables as they were', () => {
    for (const type of ['mark', 'suggestion']) {
      const holding = children.map((node) => count([node], type));
      expect(holding.findIndex((n) => n > 0)).toBeLessThan(children.length / 10);
      expect(holding.findLastIndex((n) => n > 0)).toBeGreaterThan((children.length * 9) / 10);
    }
    expect(count(children, SNIPPET_NODE_TYPE)).toBe(count(long.body.root.children, SNIPPET_NODE_TYPE));
    expect(count(children, SNIPPET_NODE_TYPE)).toBeGreaterThan(0);
    expect(count(children, 'table')).toBe(20);
  });

  it('keeps the text: with every suggestion accepted and the marks unwrapped it reads as the long note less the deletions', () => {
    const text = (nodes: readonly SerializedNode[]): string => nodes.map((node) => (typeof node.text === 'string' ? node.text : text(node.children ?? []))).join('');
    const deleted = suggestionsIn(children).filter((item) => item.kind === 'delete').map((item) => item.text);
    expect(text(acceptedNodes(children)).length).toBe(text(long.body.root.children).length - deleted.join('').length);
  });

  it('is a valid note file, written as format 5', () => {
    const note = { ...newNote(template, 'bench-note', new Date('2026-03-01T12:00:00Z'), {}), body: reviewed.body, comments: reviewed.comments };
    const parsed = noteSchema.parse(withFormatVersion(note));
    expect(parsed.formatVersion).toBe(5);
  });

  it('leaves the long note it was given unchanged', () => {
    expect(count(long.body.root.children, 'mark') + count(long.body.root.children, 'suggestion')).toBe(0);
  });
});

describe('the reviewed long note with 500 comments and no suggestions (the end-to-end test of issue 22)', () => {
  const reviewed = withReview(long.body, 500, 0);
  const children = reviewed.body.root.children;

  it('holds 500 comment marks, each naming its own thread, the runs outside the tables not being enough', () => {
    expect(count(children, 'mark')).toBe(500);
    expect(reviewed.comments).toHaveLength(500);
    expect(markIdsInBody(reviewed.body.root)).toEqual(reviewed.comments.map((thread) => thread.id));
    expect(suggestionsIn(children)).toHaveLength(0);
    const inTables = children.filter((node) => node.type === 'table').reduce((sum, node) => sum + count([node], 'mark'), 0);
    expect(inTables).toBeGreaterThan(0);
    expect(inTables).toBeLessThan(500);
  });

  it('keeps the text, snippets and tables, and is a valid note file', () => {
    const text = (nodes: readonly SerializedNode[]): string => nodes.map((node) => (typeof node.text === 'string' ? node.text : text(node.children ?? []))).join('');
    expect(text(children)).toBe(text(long.body.root.children));
    expect(count(children, SNIPPET_NODE_TYPE)).toBe(400);
    expect(count(children, 'table')).toBe(20);
    const note = { ...newNote(template, 'bench-note', new Date('2026-03-01T12:00:00Z'), {}), body: reviewed.body, comments: reviewed.comments };
    expect(noteSchema.parse(withFormatVersion(note)).comments).toHaveLength(500);
  });

  it('still says so when the note has too few runs for what is asked', () => {
    expect(() => withReview(long.body, 1000, 0)).toThrow('withReview: the body has 800 text runs to wrap, not 1000');
  });
});
