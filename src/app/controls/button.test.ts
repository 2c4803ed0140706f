import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { alpha } from '@mui/material/styles';
import { theme } from '../theme';
import { bare, declaration, FOCUS_RING, readCss, variable } from '../../testing/css';
import { Button, IconButton } from './Button';
import { Icon, ICON_PATHS } from './icons';

const css = readCss(import.meta.dirname, 'button.css');
const buttonVariable = (selector: string, name: string) =>
  bare(variable(css, selector, `kw-button-${name}`));

describe('the button’s CSS', () => {
  it.each([
    ['.kw-button', 'primary'],
    ['.kw-button--secondary', 'secondary'],
    ['.kw-button--error', 'error'],
  ] as const)('%s has the theme’s %s colours, as MUI derives them', (selector, colour) => {
    const { main, dark } = theme.palette[colour];
    const hover = theme.palette.action.hoverOpacity;
    expect(buttonVariable(selector, 'main')).toBe(bare(main));
    expect(buttonVariable(selector, 'dark')).toBe(bare(dark));
    expect(buttonVariable(selector, 'hover-bg')).toBe(bare(alpha(main, hover)));
    expect(buttonVariable(selector, 'border')).toBe(bare(alpha(main, 0.5)));
  });

  it('draws the theme’s keyboard focus ring', () => {
    for (const selector of ['.kw-button:focus-visible', '.kw-round-button:focus-visible'])
      for (const [property, value] of Object.entries(FOCUS_RING))
        expect(declaration(css, selector, property), `${selector} ${property}`).toBe(value);
  });
});

describe('Button', () => {
  it('is a plain button (not a submit) with the classes of its variant, size and colour', () => {
    const html = renderToStaticMarkup(
      createElement(
        Button,
        { variant: 'outlined', size: 'small', color: 'error', 'aria-describedby': 'hint-1' },
        'Remove',
      ),
    );
    expect(html).toBe(
      '<button type="button" class="kw-button kw-button--outlined kw-button--small kw-button--error" aria-describedby="hint-1">Remove</button>',
    );
  });

  it('defaults to a medium primary text button and puts the start icon before the label', () => {
    const html = renderToStaticMarkup(
      createElement(Button, { startIcon: createElement(Icon, { name: 'add' }) }, 'Add'),
    );
    expect(html).toBe(
      '<button type="button" class="kw-button kw-button--text kw-button--medium kw-button--primary">' +
        '<span class="kw-button__start-icon"><svg class="kw-icon" focusable="false" aria-hidden="true" viewBox="0 0 24 24">' +
        `<path d="${ICON_PATHS.add}"></path></svg></span>Add</button>`,
    );
  });
});

describe('IconButton', () => {
  it('is named by its label and takes the colour of the surrounding text when asked', () => {
    const html = renderToStaticMarkup(
      createElement(IconButton, { 'aria-label': 'Undo', color: 'inherit', disabled: true }),
    );
    expect(html).toBe(
      '<button type="button" class="kw-round-button kw-round-button--inherit kw-round-button--medium" aria-label="Undo" disabled=""></button>',
    );
  });
});
