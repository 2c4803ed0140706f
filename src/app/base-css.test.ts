import CssBaseline from '@mui/material/CssBaseline';
import ThemeProviderNoVars from '@mui/material/styles/ThemeProviderNoVars';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readCss, sameQuotes, stripComments } from '../testing/css';
import { providedTheme } from './theme';

/** The CSS text of a stylesheet or of emotion's output, in one canonical spelling. */
function canonical(css: string): string {
  return sameQuotes(stripComments(css))
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** What MUI's CssBaseline inserts for the app's theme: on a server, emotion writes it out. */
function cssBaselineRules(): string {
  const html = renderToStaticMarkup(
    createElement(ThemeProviderNoVars, { theme: providedTheme }, createElement(CssBaseline)),
  );
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  expect(styles.length).toBeGreaterThan(0);
  return styles.join('');
}

describe('base.css', () => {
  it('has exactly the rules MUI’s CssBaseline inserts for the app’s theme, in its order', () => {
    expect(canonical(readCss(import.meta.dirname, 'base.css'))).toBe(canonical(cssBaselineRules()));
  });
});
