import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { buildDate, SITE_VERSION } from '../../src/utils/edition.ts';
import { sourcePagesOf } from '../../src/utils/source-pages.ts';

describe('buildDate', () => {
  it('follows SOURCE_DATE_EPOCH when it is set, so rebuilds are reproducible', () => {
    expect(buildDate('1700000000', new Date('2030-01-01T00:00:00Z'))).toBe('2023-11-14');
  });

  it('is the current UTC date otherwise', () => {
    expect(buildDate(undefined, new Date('2030-01-02T23:59:00Z'))).toBe('2030-01-02');
  });
});

it('takes the version from package.json', () => {
  expect(SITE_VERSION).toBe(packageJson.version);
});

describe('sourcePagesOf', () => {
  const pages = [
    { number: 3, file: 'p3.txt' },
    { number: 4, file: 'p4.txt', url: 'http://example.com/4.html' },
  ];

  it('gives each page its URL, in the order asked, and none where the record has none', () => {
    expect(sourcePagesOf([4, 3, 9], pages)).toEqual([
      { number: 4, url: 'http://example.com/4.html' },
      { number: 3, url: undefined },
      { number: 9, url: undefined },
    ]);
  });
});
