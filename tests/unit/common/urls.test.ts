import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, isSafeExternalUrl } from '../../../common/urls';

describe('isSafeExternalUrl', () => {
  it.each(['https://example.org/', 'http://example.org/path?q=1#frag', 'HTTPS://EXAMPLE.ORG/Page', 'https://gc.ca:8443/x'])(
    'accepts the plain web address %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    ['file:///etc/passwd'],
    ['file://server/share/doc.pdf'],
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['ms-settings:privacy'],
    ['vscode://file/etc/passwd'],
    ['smb://server/share'],
    ['mailto:someone@example.org'],
    ['ftp://example.org/file'],
  ])('rejects the non-web scheme %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each([['https://user:pw@host.example/'], ['https://user@host.example/'], ['http://:secret@host.example/']])(
    'rejects the URL with credentials %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(false);
    },
  );

  it.each([[''], ['not a url'], ['example.org'], ['//example.org/path'], ['https://'], ['http://[::1']])(
    'rejects the unparseable or relative input %j',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(false);
    },
  );
});

describe('isAppUrl', () => {
  it('accepts URLs inside the app origin', () => {
    expect(APP_ORIGIN).toBe('brieflink://app');
    expect(isAppUrl('brieflink://app/')).toBe(true);
    expect(isAppUrl('brieflink://app/index.html#note=abc')).toBe(true);
  });

  it.each([
    ['brieflink://evil/index.html'],
    ['brieflink://app.evil.example/'],
    ['brieflink://app:8080/'],
    ['https://app/'],
    ['http://127.0.0.1/'],
    ['file:///app/index.html'],
    ['app/index.html'],
    [''],
  ])('rejects %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
