import { describe, expect, it } from 'vitest';
import { markBareTextAsArtifact } from '../../../../../electron/services/export/contentArtifacts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder('latin1').decode(bytes) : undefined);

describe('markBareTextAsArtifact', () => {
  it('wraps text objects outside marked content and leaves tagged ones alone', () => {
    const stream = [
      'q BT /F4 12 Tf <0029> Tj ET Q',
      '/P <</MCID 0 >>BDC BT /F5 12 Tf (tagged) Tj ET EMC',
      'BT (page 1 of 2) Tj ET',
    ].join('\n');
    expect(decode(markBareTextAsArtifact(encode(stream)))).toBe(
      [
        'q /Artifact <</Type /Pagination>> BDC\nBT /F4 12 Tf <0029> Tj ET\nEMC Q',
        '/P <</MCID 0 >>BDC BT /F5 12 Tf (tagged) Tj ET EMC',
        '/Artifact <</Type /Pagination>> BDC\nBT (page 1 of 2) Tj ET\nEMC',
      ].join('\n'),
    );
  });

  it('is not fooled by operator names inside strings, names, dictionaries or comments', () => {
    const stream = '/Span <</ActualText (BT EMC \\) BDC)>> BDC BT (ET EMC) Tj ET EMC % BT comment\nBT <4554> Tj ET';
    const marked = decode(markBareTextAsArtifact(encode(stream)));
    expect(marked).toBe(
      '/Span <</ActualText (BT EMC \\) BDC)>> BDC BT (ET EMC) Tj ET EMC % BT comment\n/Artifact <</Type /Pagination>> BDC\nBT <4554> Tj ET\nEMC',
    );
  });

  it('leaves a stream unchanged when there is nothing to mark or it cannot be parsed safely', () => {
    expect(markBareTextAsArtifact(encode('/P <</MCID 0>> BDC BT (x) Tj ET EMC'))).toBeUndefined();
    expect(markBareTextAsArtifact(encode('BI /W 1 /H 1 ID \u00ff EI BT (x) Tj ET'))).toBeUndefined();
    expect(markBareTextAsArtifact(encode('EMC BT (x) Tj ET'))).toBeUndefined();
    expect(markBareTextAsArtifact(encode('BT (x) Tj'))).toBeUndefined();
  });
});
