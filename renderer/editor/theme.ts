import type { EditorThemeClasses } from 'lexical';

/** Maps Lexical node types to CSS classes in styles.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    nested: { listitem: 'ed-li-nested' },
  },
  quote: 'ed-quote',
  link: 'ed-link',
  // Commented text (renderer/editor/comments/comments.css).
  mark: 'comment-mark',
  markOverlap: 'is-overlap',
  table: 'ed-table',
  tableCell: 'ed-table-cell',
  tableCellHeader: 'ed-table-cell-header',
  tableSelection: 'ed-table-selected',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline ed-strike',
  },
};
