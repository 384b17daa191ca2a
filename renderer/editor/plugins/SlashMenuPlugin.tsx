import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $isRangeSelection, type LexicalEditor, type TextNode } from 'lexical';
import { useMemo, useState } from 'react';
import {
  $currentBlockType,
  insertHorizontalRule,
  insertPageBreak,
  insertTable,
  OPEN_LINK_DIALOG_COMMAND,
  setBlockType,
} from '../actions';
import type { BlockType } from '../commands';
import { $removeQueryBeforeCaret } from './removeQueryBeforeCaret';
import { typeaheadMenu } from './TypeaheadMenu';

class SlashOption extends MenuOption {
  constructor(
    readonly label: string,
    readonly keywords: string[],
    readonly run: (editor: LexicalEditor) => void,
  ) {
    super(label);
  }
}

const block = (type: BlockType) => (editor: LexicalEditor) =>
  setBlockType(editor, type, editor.getEditorState().read($currentBlockType));

const OPTIONS = [
  new SlashOption('Paragraph', ['text', 'normal'], block('paragraph')),
  new SlashOption('Heading', ['h2', 'title', 'section'], block('h2')),
  new SlashOption('Subheading', ['h3'], block('h3')),
  new SlashOption('Bulleted list', ['ul', 'bullet', 'unordered'], block('bullet')),
  new SlashOption('Numbered list', ['ol', 'number', 'ordered'], block('number')),
  new SlashOption('Quote', ['blockquote', 'citation'], block('quote')),
  new SlashOption('Table', ['grid', 'rows', 'columns'], insertTable),
  new SlashOption('Horizontal line', ['hr', 'divider', 'rule'], insertHorizontalRule),
  new SlashOption('Page break', ['new page', 'break'], insertPageBreak),
  new SlashOption('Link', ['url', 'address', 'hyperlink'], (editor) => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined)),
  // Types the "[[" that opens the inline library search.
  new SlashOption('Insert from library', ['snippet', 'source', 'cite', 'library'], (editor) =>
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('[[');
    }),
  ),
];

/** A "/" at the start of a line or after a space, and the query typed after it. */
const TRAILING_QUERY = /(?<=^|\s)\/[^\s/]{0,75}$/;

/** Typing "/" opens a menu of blocks to insert; arrows move, Enter inserts, Escape closes. */
export function SlashMenuPlugin({ onOpenChange }: { onOpenChange?(open: boolean): void }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0 });

  const options = useMemo(() => {
    const wanted = (query ?? '').toLowerCase();
    return OPTIONS.filter((option) => option.label.toLowerCase().includes(wanted) || option.keywords.some((k) => k.includes(wanted)));
  }, [query]);

  function select(option: SlashOption, nodeToRemove: TextNode | null, close: () => void) {
    editor.update(() => $removeQueryBeforeCaret(nodeToRemove, TRAILING_QUERY));
    close();
    option.run(editor);
  }

  return (
    <LexicalTypeaheadMenuPlugin<SlashOption>
      onQueryChange={setQuery}
      onOpen={() => onOpenChange?.(true)}
      onClose={() => onOpenChange?.(false)}
      onSelectOption={select}
      triggerFn={trigger}
      options={options}
      menuRenderFn={typeaheadMenu<SlashOption>('Insert block', 'slash-menu', (option) => option.label)}
    />
  );
}
