import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sanitizedCopy } from '../../../../../electron/services/import/sanitizeTree';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element;

describe('sanitizedCopy', () => {
  // The copy itself keeps every element and attribute: only the sanitizer can remove these,
  // so this fails if DOMPurify does not run or hands back its input unsanitized.
  it('removes scripts, handlers, styles, frames, forms, navigation and javascript: links from the copied tree', () => {
    const copy = sanitizedCopy(
      body(`<p onclick="steal()" style="color:red">Kept paragraph<script>alert('inline')</script></p>
        <nav><a href="/">menu link text</a></nav><form><button>form button text</button></form>
        <iframe srcdoc="<p>framed</p>">frame text</iframe><svg><text>svg text</text></svg><template><p>template text</p></template>
        <style>p { color: red }</style><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">link text</a>`),
    );
    expect(copy.querySelectorAll('script, nav, form, iframe, svg, template, style')).toHaveLength(0);
    expect(copy.querySelector('[onclick], [onerror], [style]')).toBeNull();
    expect(copy.querySelector('a')?.getAttribute('href')).toBeNull();
    expect(copy.textContent?.replace(/\s+/g, ' ').trim()).toBe('Kept paragraph link text');
  });

  it('keeps the text of elements and attributes whose names the DOM refuses, without the names', () => {
    const copy = sanitizedCopy(body('<p a"b="1">before <x@y>inside</x@y> after</p>'));
    expect(copy.textContent).toBe('before inside after');
    expect(copy.querySelector('p')?.attributes).toHaveLength(0);
  });

  it('leaves the source tree as it was', () => {
    const source = body('<p>text<script>x()</script></p>');
    sanitizedCopy(source);
    expect(source.querySelectorAll('script')).toHaveLength(1);
  });
});
