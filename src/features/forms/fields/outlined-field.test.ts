import { describe, expect, it } from 'vitest';
import { theme } from '../../../app/theme';
import { bare, COLOUR, OUTLINE_GREY, readCss, themeColours, variable } from '../../../testing/css';
import { fieldClasses, helperIdOf } from './OutlinedField';

const css = readCss(import.meta.dirname, 'outlined-field.css');
const fieldVariable = (name: string) => variable(css, '.kw-field', `kw-field-${name}`);

describe('the outlined field’s CSS', () => {
  it('uses the theme’s colours, so that the fields match the rest of the page', () => {
    const { palette } = theme;
    expect(fieldVariable('primary')).toBe(palette.primary.main);
    expect(fieldVariable('error')).toBe(palette.error.main);
    expect(fieldVariable('warning')).toBe(palette.warning.dark);
    expect(fieldVariable('info')).toBe(palette.info.dark);
    expect(fieldVariable('text')).toBe(palette.text.primary);
    expect(fieldVariable('secondary')).toBe(palette.text.secondary);
    expect(fieldVariable('disabled')).toBe(palette.text.disabled);
  });

  it('has a rule for every state class the component sets', () => {
    for (const name of ['kw-field--error', 'kw-field--disabled', 'kw-field--shrink'])
      expect(css).toContain(`.${name}`);
    expect(css).toContain('.kw-field__input[data-empty]');
  });
});

describe('the forms’ static CSS', () => {
  it('uses only the theme’s colours (and MUI’s outline grey, which is not in the theme)', () => {
    const allowed = themeColours();
    allowed.add(bare(OUTLINE_GREY));
    for (const file of ['outlined-field.css', 'form-layout.css', '../object-disclosure.css']) {
      const colours = readCss(import.meta.dirname, file).match(COLOUR) ?? [];
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
