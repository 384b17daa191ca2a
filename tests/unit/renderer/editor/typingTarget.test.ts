import { describe, expect, it } from 'vitest';
import { typingTargetMissesCaret, type NodeLike } from '../../../../renderer/editor/typingTarget';

/** A small tree of stand-in nodes: an element holds what is below it. */
function node(nodeType: number, children: NodeLike[] = []): NodeLike {
  const self: NodeLike = {
    nodeType,
    contains: (other) => other === self || children.some((child) => child.contains(other)),
  };
  return self;
}

const ELEMENT = 1;
const TEXT = 3;

describe('typingTargetMissesCaret', () => {
  const headingText = node(TEXT);
  const heading = node(ELEMENT, [headingText]);
  const lineBreak = node(ELEMENT);
  const emptyItem = node(ELEMENT, [lineBreak]);
  const paragraphText = node(TEXT);
  const paragraph = node(ELEMENT, [paragraphText]);

  it('a caret in an empty block with the target at the next block’s text is stale', () => {
    expect(typingTargetMissesCaret({ isCollapsed: true, anchorNode: emptyItem }, { startContainer: headingText })).toBe(true);
    expect(typingTargetMissesCaret({ isCollapsed: true, anchorNode: emptyItem }, { startContainer: heading })).toBe(true);
  });

  it('a target the caret’s element holds is the browser’s to place', () => {
    expect(typingTargetMissesCaret({ isCollapsed: true, anchorNode: emptyItem }, { startContainer: emptyItem })).toBe(false);
    expect(typingTargetMissesCaret({ isCollapsed: true, anchorNode: paragraph }, { startContainer: paragraphText })).toBe(false);
  });

  it('a caret in text, a selection, or no target range is left alone', () => {
    expect(typingTargetMissesCaret({ isCollapsed: true, anchorNode: paragraphText }, { startContainer: headingText })).toBe(false);
    expect(typingTargetMissesCaret({ isCollapsed: false, anchorNode: emptyItem }, { startContainer: headingText })).toBe(false);
    expect(typingTargetMissesCaret({ isCollapsed: true, anchorNode: emptyItem }, undefined)).toBe(false);
    expect(typingTargetMissesCaret({ isCollapsed: true, anchorNode: null }, { startContainer: headingText })).toBe(false);
  });
});
