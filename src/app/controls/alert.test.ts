import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { theme } from '../theme';
import { bare, declaration, pageFontFamily, readCss, variable } from '../../testing/css';
import { Alert, AlertTitle, type AlertSeverity } from './Alert';
import { ICON_PATHS, type IconName } from './icons';

const css = readCss(import.meta.dirname, 'alert.css');
const alertVariable = (selector: string, name: string) =>
  bare(variable(css, selector, `kw-alert-${name}`));

/** Each severity's rule; success is the root's default, as it is MUI's. */
const SEVERITIES = [
  ['.kw-alert', 'success'],
  ['.kw-alert--info', 'info'],
  ['.kw-alert--warning', 'warning'],
  ['.kw-alert--error', 'error'],
] as const;

/** The icon each severity shows, and the file of MUI's Alert it comes from. */
const ICONS: Record<AlertSeverity, [IconName, string]> = {
  success: ['successOutlined', 'SuccessOutlined'],
  info: ['infoOutlined', 'InfoOutlined'],
  warning: ['reportProblemOutlined', 'ReportProblemOutlined'],
  error: ['errorOutline', 'ErrorOutline'],
};

/** The path MUI's own icon draws (`@mui/material/internal/svg-icons/<name>.mjs`). */
function muiIconPath(name: string): string {
  const file = join(
    import.meta.dirname,
    '../../../node_modules/@mui/material/internal/svg-icons',
    `${name}.mjs`,
  );
  const path = /\bd: "([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!path) throw new Error(`no path in ${file}`);
  return path;
}

describe('the alert’s CSS', () => {
  it.each(SEVERITIES)('%s has the theme’s %s colours, as MUI derives them', (selector, colour) => {
    const { main, light } = theme.palette[colour];
    expect(alertVariable(selector, 'text')).toBe(bare(theme.darken(light, 0.6)));
    expect(alertVariable(selector, 'bg')).toBe(bare(theme.lighten(light, 0.9)));
    expect(alertVariable(selector, 'icon')).toBe(bare(main));
    expect(alertVariable(selector, 'border')).toBe(bare(light));
  });

  it('is a Paper at elevation 0 in Typography’s body2, as MUI’s', () => {
    const { typography, shape } = theme;
    expect(declaration(css, '.kw-alert', 'border-radius')).toBe(`${String(shape.borderRadius)}px`);
    // No font of its own: the alert (a div) has the page's, the theme's.
    expect(() => declaration(css, '.kw-alert', 'font-family')).toThrow();
    expect(pageFontFamily()).toBe(typography.fontFamily);
    expect(declaration(css, '.kw-alert', 'font-weight')).toBe(String(typography.body2.fontWeight));
    expect(declaration(css, '.kw-alert', 'font-size')).toBe(typography.body2.fontSize);
    expect(declaration(css, '.kw-alert', 'line-height')).toBe(String(typography.body2.lineHeight));
  });

  it('draws the title in body1’s size, in the medium weight', () => {
    const { typography } = theme;
    expect(declaration(css, '.kw-alert__title', 'font-weight')).toBe(
      String(typography.fontWeightMedium),
    );
    expect(declaration(css, '.kw-alert__title', 'font-size')).toBe(typography.body1.fontSize);
    expect(declaration(css, '.kw-alert__title', 'line-height')).toBe(
      String(typography.body1.lineHeight),
    );
  });
});

describe('the alert’s icons', () => {
  it.each(Object.entries(ICONS))('%s: MUI’s %j', (_, [name, file]) => {
    expect(ICON_PATHS[name]).toBe(muiIconPath(file));
  });

  it('close: MUI’s', () => {
    expect(ICON_PATHS.close).toBe(muiIconPath('Close'));
  });
});

describe('Alert', () => {
  const svg = (name: IconName) =>
    `<svg class="kw-icon" focusable="false" aria-hidden="true" viewBox="0 0 24 24"><path d="${ICON_PATHS[name]}"></path></svg>`;

  it('has MUI’s parts: the root with its role, the icon, the message and the close button', () => {
    const html = renderToStaticMarkup(
      createElement(
        Alert,
        { severity: 'error', onClose: () => undefined, closeText: 'Dismiss' },
        createElement(AlertTitle, null, 'Title'),
        'Message',
      ),
    );
    expect(html).toBe(
      '<div role="alert" class="kw-alert kw-alert--standard kw-alert--error">' +
        `<div class="kw-alert__icon">${svg('errorOutline')}</div>` +
        '<div class="kw-alert__message"><div class="kw-alert__title">Title</div>Message</div>' +
        '<div class="kw-alert__action">' +
        '<button type="button" class="kw-round-button kw-round-button--inherit kw-round-button--small" aria-label="Dismiss" title="Dismiss">' +
        `${svg('close')}</button></div></div>`,
    );
  });

  it.each(Object.entries(ICONS))('shows the %s icon', (severity, [name]) => {
    const html = renderToStaticMarkup(
      createElement(Alert, { severity: severity as AlertSeverity }, 'Message'),
    );
    expect(html).toContain(`<div class="kw-alert__icon">${svg(name)}</div>`);
    expect(html).toContain(`kw-alert--${severity}"`);
  });

  it('defaults to a standard success alert without a close button', () => {
    const html = renderToStaticMarkup(createElement(Alert, null, 'Saved'));
    expect(html).toBe(
      '<div role="alert" class="kw-alert kw-alert--standard kw-alert--success">' +
        `<div class="kw-alert__icon">${svg('successOutlined')}</div>` +
        '<div class="kw-alert__message">Saved</div></div>',
    );
  });

  it('names the close button “Close” unless told otherwise', () => {
    const html = renderToStaticMarkup(createElement(Alert, { onClose: () => undefined }, 'Saved'));
    expect(html).toContain('aria-label="Close" title="Close"');
  });

  it('shows the action in place of the close button, and passes role, label and class', () => {
    const html = renderToStaticMarkup(
      createElement(
        Alert,
        {
          severity: 'info',
          variant: 'outlined',
          role: 'status',
          'aria-label': 'Offer',
          className: 'extra',
          onClose: () => undefined,
          action: createElement('button', null, 'Do it'),
        },
        'Message',
      ),
    );
    expect(html).toMatch(
      /^<div role="status" class="kw-alert kw-alert--outlined kw-alert--info extra" aria-label="Offer">/,
    );
    expect(html).toContain('<div class="kw-alert__action"><button>Do it</button></div></div>');
    expect(html).not.toContain('kw-round-button');
  });
});
