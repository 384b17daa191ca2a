import { $exportNodeJSON, $getRoot, $getSlot, $getSlotNames, $isElementNode, type EditorState, type LexicalEditor, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';

/** Stands for the root's children while the root's own fields are written; JSON.stringify escapes it as below. */
const CHILDREN_MARK = '\u0000blocks\u0000';
const CHILDREN_MARK_JSON = JSON.stringify([CHILDREN_MARK]);

/** A node and all below it, as `editorState.toJSON()` writes it. */
function $nodeJSON(node: LexicalNode): SerializedLexicalNode {
  const json = $exportNodeJSON(node) as SerializedLexicalNode & { children?: SerializedLexicalNode[]; $slots?: Record<string, SerializedLexicalNode> };
  if ($isElementNode(node)) for (const child of node.getChildren()) json.children!.push($nodeJSON(child));
  const slots = $getSlotNames(node);
  if (slots.length > 0) json.$slots = Object.fromEntries(slots.map((name) => [name, $nodeJSON($getSlot(node, name)!)]));
  return json;
}

export interface BodyJsonWriter {
  /** The state's JSON text, equal to `JSON.stringify(state.toJSON())`. */
  write(state: EditorState): string;
  dispose(): void;
}

/**
 * Writes a note body's JSON a top-level block at a time, keeping each block's text until
 * the block changes. A pause in typing in a 40-page note then re-serializes the block
 * being typed in, not the other thousand, and never builds the whole tree of objects.
 *
 * A block's text is kept with the very node object it was written from, and dropped when
 * an update marks the block, or anything inside it, dirty (Lexical marks every ancestor of
 * a changed node). A state this writer has not seen through its update listener (one set
 * from outside, or one not yet committed) is written in full.
 */
export function createBodyJsonWriter(editor: LexicalEditor): BodyJsonWriter {
  const blocks = new Map<NodeKey, { node: LexicalNode; json: string }>();
  let seen: EditorState | null = null;
  const stop = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves }) => {
    if (seen !== prevEditorState) blocks.clear();
    for (const key of dirtyElements.keys()) blocks.delete(key);
    for (const key of dirtyLeaves) blocks.delete(key);
    seen = editorState;
  });

  return {
    write(state) {
      if (state !== seen) blocks.clear();
      return state.read(() => {
        const root = $getRoot();
        const rootJson = JSON.stringify({ root: { ...($exportNodeJSON(root) as object), children: [CHILDREN_MARK] } });
        const at = rootJson.indexOf(CHILDREN_MARK_JSON);
        // The text is made by one join, so it is one flat string. Pasted together with `+`, it
        // would be flattened (copied once more, half a megabyte for a 40-page note) when it is
        // handed to the back end, and every such copy brings the next full garbage collection
        // nearer: a pause of about 20 ms in that note.
        const pieces = [`${rootJson.slice(0, at)}[`];
        const present = new Set<NodeKey>();
        for (const block of root.getChildren()) {
          const key = block.getKey();
          present.add(key);
          let kept = blocks.get(key);
          if (!kept || kept.node !== block) {
            kept = { node: block, json: JSON.stringify($nodeJSON(block)) };
            blocks.set(key, kept);
          }
          pieces.push(kept.json, ',');
        }
        // Blocks deleted since the last write are forgotten, so the map never outgrows the note.
        if (blocks.size > present.size) for (const key of blocks.keys()) if (!present.has(key)) blocks.delete(key);
        if (present.size > 0) pieces.pop();
        pieces.push(`]${rootJson.slice(at + CHILDREN_MARK_JSON.length)}`);
        return pieces.join('');
      });
    },
    dispose() {
      stop();
      blocks.clear();
    },
  };
}
