import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown';

describe('escapeMarkdown', () => {
  it('escapes emphasis, links, images, code and HTML', () => {
    expect(escapeMarkdown('**x** [a](javascript:b) ![i](u) `c` <img src=x onerror=y>')).toBe(
      '\\*\\*x\\*\\* \\[a\\]\\(javascript\\:b\\) \\!\\[i\\]\\(u\\) \\`c\\` \\<img src\\=x onerror\\=y\\>',
    );
  });

  it('keeps plain words and line breaks', () => {
    expect(escapeMarkdown('Number of desired pods')).toBe('Number of desired pods');
    expect(escapeMarkdown('a\nb')).toBe('a  \nb');
  });
});
