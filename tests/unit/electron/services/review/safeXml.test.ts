import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../../../../electron/services/review/safeXml';

describe('the safe XML reader', () => {
  it('reads elements, attributes, text, character references and CDATA, skipping the declaration and comments', () => {
    const root = parseXml('<?xml version="1.0" standalone="yes"?>\n<!-- made by hand --><w:p a="1 &amp; 2"><w:t>A &lt;b&gt; &#233;&#x2014;</w:t><w:br/><w:t><![CDATA[<raw>]]></w:t></w:p>');
    expect(root.name).toBe('w:p');
    expect(root.attributes).toEqual({ a: '1 & 2' });
    const [first, br, second] = root.children as XmlElement[];
    expect(first!.children).toEqual(['A <b> é—']);
    expect(br).toEqual({ name: 'w:br', attributes: {}, children: [] });
    expect(second!.children).toEqual(['<raw>']);
  });

  it.each([
    ['a document type with an entity', '<!DOCTYPE a [<!ENTITY b "bbbb">]><a>&b;</a>', 'a document type or entity declaration'],
    ['an external entity', '<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>', 'a document type or entity declaration'],
    ['an undeclared entity', '<a>&b;</a>', 'the entity "&b;"'],
    ['a stray ampersand', '<a>fish & chips</a>', 'a stray "&"'],
    ['a mismatched end tag', '<a><b></a></b>', 'a mismatched end tag </a>'],
    ['an unclosed element', '<a><b>', 'an unclosed element <b>'],
    ['two roots', '<a/><b/>', 'a second root element'],
    ['no root', '<?xml version="1.0"?>', 'no root element'],
  ])('refuses %s', (_, xml, reason) => {
    expect(() => parseXml(xml)).toThrow(reason);
  });

  it('refuses elements nested deeper than a document has, without exhausting the stack', () => {
    expect(() => parseXml(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`)).toThrow('nested more than');
  });
});
