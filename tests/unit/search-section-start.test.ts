import { describe, expect, it } from 'vitest';
import { startsSection } from '../../src/search/section-start.ts';

describe('startsSection', () => {
  it.each([
    ['h1', undefined, true],
    ['h1', 's2', true],
    ['h2', 's2-3', true],
    ['h2', '', false],
    ['h2', undefined, false],
    ['h3', 's2-3-1', false],
    ['p', 'note', false],
  ])('<%s id=%s> starts a section: %s', (tagName, id, starts) => {
    expect(startsSection(tagName, id)).toBe(starts);
  });
});
