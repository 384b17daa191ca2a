import { describe, expect, it, vi } from 'vitest';
import { printLoadedPage, type PrintFrame } from '../../../../../renderer/components/print/printFrame';

const PAGE = '/print/0b6f2d4e-1c1a-4a53-9d53-4f1de2a6c0f1';

function frameAt(pathname: string | null) {
  const print = vi.fn();
  const frame: PrintFrame = { contentWindow: { print }, contentDocument: pathname === null ? null : { location: { pathname } } };
  return { frame, print };
}

describe('printing the hidden frame', () => {
  it('prints the print page it asked for', () => {
    const { frame, print } = frameAt(PAGE);
    expect(printLoadedPage(frame, PAGE)).toBe(true);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('does not print another page, or a frame whose document it cannot read', () => {
    const other = frameAt('/print/ffffffff-1c1a-4a53-9d53-4f1de2a6c0f1');
    expect(printLoadedPage(other.frame, PAGE)).toBe(false);
    const none = frameAt(null);
    expect(printLoadedPage(none.frame, PAGE)).toBe(false);
    const refused: PrintFrame = {
      contentWindow: { print: vi.fn() },
      get contentDocument(): PrintFrame['contentDocument'] {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    };
    expect(printLoadedPage(refused, PAGE)).toBe(false);
    expect(other.print).not.toHaveBeenCalled();
    expect(refused.contentWindow!.print).not.toHaveBeenCalled();
  });
});
