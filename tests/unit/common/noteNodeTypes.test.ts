import { describe, expect, it } from 'vitest';
import { NOTE_NODE_TYPES } from '../../../common/editorState';
import { EDITOR_NODES } from '../../../renderer/editor/nodes';

describe('NOTE_NODE_TYPES', () => {
  it("holds every node type of the editor's node list, so no note the editor writes is refused", () => {
    for (const node of EDITOR_NODES) expect(NOTE_NODE_TYPES, node.name).toContain(node.getType());
  });
});
