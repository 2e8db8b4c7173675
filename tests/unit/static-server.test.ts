import { describe, expect, it } from 'vitest';
import { resolveFile } from '../../scripts/lib/static-server.ts';

describe('resolveFile', () => {
  it.each([
    ['/', '/', '/site/index.html'],
    ['/s2/', '/', '/site/s2/index.html'],
    ['/pagefind/pagefind.js?x=1', '/', '/site/pagefind/pagefind.js'],
    ['/report/s2/', '/report/', '/site/s2/index.html'],
  ])('%s under base %s → %s', (request, base, expected) => {
    expect(resolveFile('/site', base, request)).toBe(expected);
  });

  it.each([
    ['/s2/', '/report/'],
    ['/../etc/passwd', '/'],
    ['/%2e%2e/etc/passwd', '/'],
  ])('refuses %s under base %s', (request, base) => {
    expect(resolveFile('/site', base, request)).toBeNull();
  });
});
