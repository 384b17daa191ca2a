import { BuilderElement, NextAttributeComponent, TextRun, XmlComponent } from 'docx';

/** A field's instruction (`PAGE`, `NUMPAGES`), kept with its spaces. */
class InstructionText extends XmlComponent {
  constructor(instruction: string) {
    super('w:instrText');
    this.root.push(new NextAttributeComponent<{ space: string }>({ space: { key: 'xml:space', value: 'preserve' } }));
    this.root.push(` ${instruction} `);
  }
}

const fieldChar = (type: 'begin' | 'separate' | 'end') =>
  new BuilderElement<{ type: string }>({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });

/**
 * A PAGE or NUMPAGES field as Word writes one: begin, instruction, separator, the result, end,
 * each its own run carrying the same size. docx's PageNumber puts the whole field in one run
 * with no result; LibreOffice then prints the number at the paragraph's default size, larger
 * than the word "Page" beside it.
 */
export function pageFieldRuns(instruction: 'PAGE' | 'NUMPAGES', size: number): TextRun[] {
  return [
    new TextRun({ size, children: [fieldChar('begin')] }),
    new TextRun({ size, children: [new InstructionText(instruction)] }),
    new TextRun({ size, children: [fieldChar('separate')] }),
    new TextRun({ size, text: '1' }),
    new TextRun({ size, children: [fieldChar('end')] }),
  ];
}
