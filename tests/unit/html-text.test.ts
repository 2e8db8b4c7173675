import { describe, expect, it } from 'vitest';
import { withoutElementsMarked } from '../support/html-text.ts';

describe('withoutElementsMarked', () => {
  it('removes marked elements with their nested same-name children, and keeps the rest', () => {
    const html = '<p>a</p><div data-x><div>b</div><div>c</div></div><div>d</div><span data-x="1">e</span>';
    expect(withoutElementsMarked(html, 'data-x')).toBe('<p>a</p><div>d</div>');
  });

  it('does not take an attribute that merely starts with the name', () => {
    expect(withoutElementsMarked('<div data-xy>a</div>', 'data-x')).toBe('<div data-xy>a</div>');
  });
});
