import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alpha } from '@mui/material/styles';
import { theme } from '../../../app/theme';
import { fieldClasses, helperIdOf } from './OutlinedField';

const css = readFileSync(join(import.meta.dirname, 'outlined-field.css'), 'utf8');

function variable(name: string): string {
  const match = new RegExp(`--kw-field-${name}:\\s*([^;]+);`).exec(css);
  if (!match?.[1]) throw new Error(`outlined-field.css has no --kw-field-${name}`);
  return match[1].trim();
}

describe('the outlined field’s CSS', () => {
  it('uses the theme’s colours, so that the fields match the rest of the page', () => {
    const { palette } = theme;
    expect(variable('primary')).toBe(palette.primary.main);
    expect(variable('error')).toBe(palette.error.main);
    expect(variable('warning')).toBe(palette.warning.dark);
    expect(variable('info')).toBe(palette.info.dark);
    expect(variable('text')).toBe(palette.text.primary);
    expect(variable('secondary')).toBe(palette.text.secondary);
    expect(variable('disabled')).toBe(palette.text.disabled);
  });

  it('has a rule for every state class the component sets', () => {
    for (const name of ['kw-field--error', 'kw-field--disabled', 'kw-field--shrink'])
      expect(css).toContain(`.${name}`);
    expect(css).toContain('.kw-field__input[data-empty]');
  });
});

const COLOUR = /#[0-9a-f]{3,6}\b|rgba?\([^)]*\)/gi;
/** A colour written without spaces: MUI's shadows write `rgba(0,0,0,0.2)`. */
const bare = (colour: string) => colour.replace(/\s+/g, '');

/** Every colour the theme names anywhere: its palette, its shadows, its focus ring. */
function themeColours(): Set<string> {
  const colours = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string')
      for (const colour of value.match(COLOUR) ?? []) colours.add(bare(colour));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(theme);
  return colours;
}

describe('the forms’ static CSS', () => {
  it('uses only the theme’s colours (and MUI’s outline grey, which is not in the theme)', () => {
    const allowed = themeColours();
    allowed.add('rgba(0,0,0,0.23)');
    // A text button's hover: the primary colour at the theme's hover opacity, as MUI makes it.
    allowed.add(bare(alpha(theme.palette.primary.main, theme.palette.action.hoverOpacity)));
    for (const file of ['outlined-field.css', 'form-layout.css', '../object-disclosure.css']) {
      const text = readFileSync(join(import.meta.dirname, file), 'utf8');
      const colours = text.match(COLOUR) ?? [];
      expect(colours.length, file).toBeGreaterThan(0);
      for (const colour of colours) expect(allowed, `${file}: ${colour}`).toContain(bare(colour));
    }
  });
});

describe('fieldClasses', () => {
  it('names the field’s states, and keeps TextField’s class', () => {
    expect(fieldClasses(false, false, false)).toBe('kw-field MuiTextField-root');
    expect(fieldClasses(true, true, true, 'extra')).toBe(
      'kw-field MuiTextField-root kw-field--error kw-field--disabled kw-field--shrink extra',
    );
  });
});

describe('helperIdOf', () => {
  it('gives a help line an id only when there is one', () => {
    expect(helperIdOf('f', '')).toBeUndefined();
    expect(helperIdOf('f', 'Help')).toBe('f-helper-text');
  });
});
