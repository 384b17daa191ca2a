import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { countWords } from '../../../common/noteStructure';
import type { TemplateSection } from '../../../common/template';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The first place the author would type in a section: its first paragraph, or its first list item. */
function firstWritable(node: LexicalNode): LexicalNode | null {
  if (node.getType() === 'list' && $isElementNode(node)) return node.getFirstChild();
  if (node.getType() === 'paragraph' || node.getType() === 'quote') return node;
  return null;
}

/**
 * Shows each template section's guidance inside the section while it is empty. The text
 * lives only on the screen (a CSS placeholder on a data attribute): it is never part of the
 * note, so it can be neither saved nor exported.
 */
export function GuidancePlugin({ sections }: { sections: readonly TemplateSection[] }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const byHeading = new Map(sections.map((section) => [normalise(section.heading), section]));
    /** The elements showing guidance now, with the text each shows. */
    let marked = new Map<HTMLElement, string>();

    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
      // A move of the caret changes no text: the marks stay as they are.
      if (marked.size > 0 && dirtyElements.size === 0 && dirtyLeaves.size === 0 && !tags.has('historic')) return;
      const wanted: { key: string; guidance: string }[] = [];
      editorState.read(() => {
        let current: { section: TemplateSection; target: string | null; words: number } | null = null;
        const flush = () => {
          if (current && current.words === 0 && current.target) wanted.push({ key: current.target, guidance: current.section.guidance });
        };
        for (const node of $getRoot().getChildren()) {
          if ($isHeadingNode(node) && node.getTag() === 'h2') {
            const section = byHeading.get(normalise(node.getTextContent()));
            if (section) {
              flush();
              current = { section, target: null, words: 0 };
              continue;
            }
          }
          // Only "is the section empty?" matters: once a section has a word, its other blocks are not read.
          if (!current || current.words > 0) continue;
          current.words += countWords(node.getTextContent());
          current.target ??= firstWritable(node)?.getKey() ?? null;
        }
        flush();
      });
      // Only marks that change are touched: a class or attribute set again, even to the same
      // value, makes Chromium recompute the paragraph's style at every keystroke.
      const next = new Map<HTMLElement, string>();
      for (const { key, guidance } of wanted) {
        const element = editor.getElementByKey(key);
        if (element) next.set(element, guidance);
      }
      for (const element of marked.keys()) {
        if (next.has(element)) continue;
        element.removeAttribute('data-guidance');
        element.classList.remove('ed-guidance');
      }
      for (const [element, guidance] of next) {
        if (element.getAttribute('data-guidance') !== guidance) element.setAttribute('data-guidance', guidance);
        if (!element.classList.contains('ed-guidance')) element.classList.add('ed-guidance');
      }
      marked = next;
    });
  }, [editor, sections]);

  return null;
}
