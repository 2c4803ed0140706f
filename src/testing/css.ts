/**
 * Helpers for the tests that check the app's static CSS against the MUI theme: the CSS files
 * stand for MUI's styles of the theme, so their colours, type and focus ring must be the theme's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { focusRing, theme } from '../app/theme';

/**
 * A colour as CSS writes it: `#hex` (3 to 8 digits), `rgb()`/`rgba()`, `hsl()`/`hsla()`. Global:
 * use it with `match`, `matchAll` or `replace`, whose searches start afresh, not with `exec`.
 */
export const COLOUR = /#[0-9a-f]{3,8}\b|(?:rgb|hsl)a?\([^)]*\)/gi;

/**
 * The text without its comments but with their line breaks: a colour or selector in prose is no
 * style, and line numbers stay right.
 */
export function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''));
}

/** A CSS file's text without its comments; `path` is joined: `import.meta.dirname, 'a.css'`. */
export function readCss(...path: string[]): string {
  return stripComments(readFileSync(join(...path), 'utf8'));
}

/** A rule without nested rules: its selectors, then its declarations. */
const RULE = /([^{}]+)\{([^{}]*)\}/g;

/**
 * The value of `property` in the first rule (or group of rules) whose selectors include
 * `selector`, spaces collapsed: tests ask for one selector, the files often group several.
 */
export function declaration(css: string, selector: string, property: string): string {
  for (const [, selectors = '', body = ''] of stripComments(css).matchAll(RULE)) {
    if (!selectors.split(',').some((s) => s.trim() === selector)) continue;
    const value = new RegExp(`(?:^|[;\\s])${property}:\\s*([^;]+);`).exec(body);
    if (value?.[1]) return value[1].replace(/\s+/g, ' ').trim();
  }
  throw new Error(`no ${property} for ${selector}`);
}

/** The custom property `--name` that `selector`'s rule sets: how the files name theme colours. */
export function variable(css: string, selector: string, name: string): string {
  return declaration(css, selector, `--${name}`);
}

/** A colour without spaces: MUI writes `rgb(18, 65, 110)` but its shadows `rgba(0,0,0,0.2)`. */
export function bare(colour: string): string {
  return colour.replace(/\s+/g, '');
}

/** Single quotes made double: Prettier quotes CSS font stacks so, the theme the other way. */
export function sameQuotes(text: string): string {
  return text.replaceAll("'", '"');
}

/** The theme's keyboard focus ring (theme.ts) as the CSS declarations that draw it. */
export const FOCUS_RING = {
  outline: focusRing.outline,
  'outline-offset': `${focusRing.outlineOffset}px`,
} as const;

/** OutlinedInput's border in light mode: a literal in MUI's OutlinedInput, not in the theme. */
export const OUTLINE_GREY = 'rgba(0, 0, 0, 0.23)';

/** Every colour the theme names anywhere (palette, shadows, focus ring), `bare`. */
export function themeColours(): Set<string> {
  const colours = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string')
      for (const colour of value.match(COLOUR) ?? []) colours.add(bare(colour));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(theme);
  return colours;
}

/** Every `.css` file under `dir`, as paths relative to it, sorted; node_modules is not entered. */
export function cssFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(prefix, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : cssFiles(dir, path);
      return entry.isFile() && entry.name.endsWith('.css') ? [path] : [];
    })
    .sort();
}

/** The 1-based line of `index` in `text`. */
export function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * The selectors of every rule with `:hover` that is not inside `@media (hover: hover)`, with
 * their line: on a touch screen such a hover style stays after a tap.
 */
export function hoverOutsideHoverMedia(css: string): string[] {
  const text = stripComments(css);
  const open: string[] = [];
  const found: string[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '{') {
      const header = text.slice(start, at).trim();
      const inHoverMedia = open.some((h) => /^@media\b.*\(hover:\s*hover\)/.test(h));
      if (!header.startsWith('@') && header.includes(':hover') && !inHoverMedia)
        found.push(`${String(lineAt(text, text.indexOf(header, start)))}: ${header}`);
      open.push(header);
      start = at + 1;
    } else if (char === '}') {
      open.pop();
      start = at + 1;
    } else if (char === ';') start = at + 1;
  }
  return found;
}

/**
 * The page's font (base.css, the body's): what an element without a font of its own shows, so
 * that a file drawing text in a div need not write the stack again.
 */
export function pageFontFamily(): string {
  return sameQuotes(
    declaration(readCss(join(import.meta.dirname, '..', 'app'), 'base.css'), 'body', 'font-family'),
  );
}
