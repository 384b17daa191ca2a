import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs, mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_NORMAL,
  HISTORY_PUSH_TAG,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  KEY_DOWN_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type PointType,
} from 'lexical';
import { useEffect } from 'react';
import type { Misspelling } from '../../../common/spelling/findMisspellings';
import { messageOf } from '../../../common/messageOf';
import { isSpellingLanguage, type SpellingLanguage } from '../../../common/spelling/languages';
import { blockText, textsSignature, type BlockTextPiece, type LanguageText } from '../../spelling/blockText';
import { clearMisspellings, showMisspellings } from '../../spelling/misspeltHighlight';
import { misspellingAfter, textOf } from '../../spelling/misspeltAtCaret';
import { misspeltRanges, type TextSegment } from '../../spelling/misspeltRanges';
import '../../spelling/spelling.css';
import { useAnnounce } from '../../state/announcer';
import { useSpelling } from '../../state/spelling';
import { $isLinkedSnippetNode } from '../nodes/LinkedSnippetNode';
import { REPLACE_MISSPELLING_COMMAND, SELECT_PAGE_RANGE_COMMAND, type PageRange } from '../spellingCommands';

/** Quiet time after the last change before checking: typing is never slowed by it. */
const CHECK_DELAY_MS = 300;

interface BlockInPage {
  key: string;
  /** One text per language the block holds (the note's, and any passage marked as another). */
  texts: LanguageText[];
  /** Changes whenever any of `texts` does. */
  signature: string;
  segments: TextSegment<Text>[];
}

/** The language of a passage marked as another language that holds a text node, if any. */
function passageLanguage(node: Text, block: HTMLElement): SpellingLanguage | undefined {
  const passage = node.parentElement?.closest<HTMLElement>('.language-span[lang]');
  return passage && block.contains(passage) && isSpellingLanguage(passage.lang) ? passage.lang : undefined;
}

/** The blocks that hold text directly (paragraphs, headings, list items, table cells' paragraphs), with their snippets. */
function $textBlocks(): { key: string; snippetKeys: string[] }[] {
  const blocks: { key: string; snippetKeys: string[] }[] = [];
  const visit = (parent: ElementNode) => {
    for (const child of parent.getChildren()) {
      if (!$isElementNode(child) || child.isInline()) continue;
      if (child.getChildren().some((inner) => $isElementNode(inner) && !inner.isInline())) visit(child);
      else blocks.push({ key: child.getKey(), snippetKeys: $dfs(child).map(({ node }) => node).filter($isLinkedSnippetNode).map((node) => node.getKey()) });
    }
  };
  visit($getRoot());
  return blocks;
}

/** Reads (never changes) the page: each text block's text as checked, and where its characters are. */
function readBlocks(editor: LexicalEditor, noteLanguage: SpellingLanguage): BlockInPage[] {
  const blocks = editor.getEditorState().read($textBlocks);
  const read: BlockInPage[] = [];
  for (const { key, snippetKeys } of blocks) {
    const element = editor.getElementByKey(key);
    if (!element) continue;
    const snippets = snippetKeys.map((snippetKey) => editor.getElementByKey(snippetKey)).filter((found): found is HTMLElement => found !== null);
    const pieces: BlockTextPiece<Text>[] = [];
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.data.length === 0) continue;
      const skipped = snippets.some((snippet) => snippet.contains(node)) || node.parentElement?.closest('[contenteditable="false"]') != null;
      pieces.push({ node, text: node.data, skipped, language: passageLanguage(node, element) });
    }
    const { texts, segments } = blockText(pieces, noteLanguage);
    read.push({ key, texts, signature: textsSignature(texts), segments });
  }
  return read;
}

function $pointAt(point: PointType, container: Node, offset: number): boolean {
  const node = $getNearestNodeFromDOMNode(container);
  if (!$isTextNode(node)) return false;
  point.set(node.getKey(), Math.min(offset, node.getTextContentSize()), 'text');
  return true;
}

/** Selects a stretch given by page positions; false when the page no longer maps onto the note there. */
function $selectPageRange(range: PageRange): boolean {
  const selection = $createRangeSelection();
  if (!$pointAt(selection.anchor, range.startContainer, range.startOffset) || !$pointAt(selection.focus, range.endContainer, range.endOffset)) return false;
  $setSelection(selection);
  return true;
}

/**
 * Checks the note's spelling as it is written: after the editor has been quiet a moment, the
 * blocks whose text changed go to the window's checker (linked-snippet text blanked out),
 * and the misspellings are drawn with the CSS Custom Highlight API; the editor's DOM is
 * only read. Also carries out the spelling commands (a suggestion chosen, F7).
 */
export function SpellCheckPlugin({ language }: { language: SpellingLanguage }) {
  const [editor] = useLexicalComposerContext();
  const spelling = useSpelling();
  const announce = useAnnounce();

  useEffect(() => {
    const checker = spelling.checker();
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let running = false;
    let again = false;
    // Each block's last answer, with the texts it answers for.
    const answers = new Map<string, { signature: string; misspelt: Misspelling[] }>();

    checker.load(language).catch((error: unknown) => {
      if (!disposed) announce(`Spelling is not checked: ${messageOf(error)}`);
    });

    function draw(blocks: readonly BlockInPage[]) {
      const results = [];
      const segments = new Map<string, TextSegment<Text>[]>();
      for (const block of blocks) {
        const answer = answers.get(block.key);
        if (!answer || answer.signature !== block.signature) continue;
        results.push({ key: block.key, misspelt: answer.misspelt });
        segments.set(block.key, block.segments);
      }
      showMisspellings(misspeltRanges(results, segments));
    }

    async function check() {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const blocks = readBlocks(editor, language);
        const present = new Set(blocks.map((block) => block.key));
        for (const key of answers.keys()) if (!present.has(key)) answers.delete(key);
        const changed = blocks.filter((block) => answers.get(block.key)?.signature !== block.signature);
        if (changed.length > 0) {
          // One item per block and language; the block's answer is their misspellings together, in page order.
          const items = changed.flatMap((block) => block.texts.map((text) => ({ key: block.key, ...text })));
          const results = await checker.check(items);
          if (disposed) return;
          const misspelt = new Map<string, Misspelling[]>();
          for (const result of results) misspelt.set(result.key, [...(misspelt.get(result.key) ?? []), ...result.misspelt]);
          for (const block of changed) {
            answers.set(block.key, { signature: block.signature, misspelt: (misspelt.get(block.key) ?? []).sort((a, b) => a.start - b.start) });
          }
        }
        // The page may have changed while the worker answered: draw over what it holds now.
        draw(changed.length > 0 ? readBlocks(editor, language) : blocks);
      } catch (error) {
        if (!disposed) announce(`Spelling is not checked: ${messageOf(error)}`);
      } finally {
        running = false;
        if (again && !disposed) {
          again = false;
          schedule();
        }
      }
    }

    function schedule() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void check(), { timeout: 500 });
        else void check();
      }, CHECK_DELAY_MS);
    }

    schedule();
    const unsubscribe = spelling.dictionaryChanges.subscribe(() => {
      answers.clear();
      schedule();
    });
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
      }),
      editor.registerCommand(
        REPLACE_MISSPELLING_COMMAND,
        ({ range, word, replacement }) => {
          if (textOf(range) !== word) {
            announce(`“${word}” has changed since the menu opened; nothing was replaced.`);
            return true;
          }
          editor.update(
            () => {
              // Through the editor's text command, so with Suggest changes on the correction is a suggestion too.
              if ($selectPageRange(range)) editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, replacement);
            },
            { tag: HISTORY_PUSH_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        SELECT_PAGE_RANGE_COMMAND,
        (range) => {
          editor.update(() => void $selectPageRange(range));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.key !== 'F7' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
          event.preventDefault();
          const caret = editor.getEditorState().read(() => {
            const selection = $getSelection();
            return $isRangeSelection(selection) ? selection.focus : null;
          });
          const selection = editor.getRootElement()?.ownerDocument.getSelection();
          const anchor = caret && selection?.focusNode ? { node: selection.focusNode, offset: selection.focusOffset } : null;
          const root = editor.getRootElement();
          const next = anchor ? misspellingAfter(anchor.node, anchor.offset) : root ? misspellingAfter(root, 0) : null;
          if (!next) announce('No misspelt words in this note.');
          else {
            editor.dispatchCommand(SELECT_PAGE_RANGE_COMMAND, next);
            announce(`Misspelt: ${textOf(next)}`);
          }
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    );

    return () => {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
      unregister();
      clearMisspellings();
    };
  }, [editor, spelling, announce, language]);

  return null;
}
