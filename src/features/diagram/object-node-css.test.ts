import { describe, expect, it } from 'vitest';
import { declaration, readCss } from '../../testing/css';
import { HEADER, NODE_BORDER, ROW, ROW_RULE } from './node-geometry';

const css = readCss(import.meta.dirname, 'object-node.css');
const px = (value: number) => `${String(value)}px`;

/** The handles are placed from node-geometry.ts's sizes: the boxes must be drawn with them. */
describe('an object box’s CSS', () => {
  it('has the border the handles are placed inside', () => {
    expect(declaration(css, '.kw-node', 'border')).toBe(
      `${px(NODE_BORDER)} solid var(--kw-node-colour)`,
    );
    expect(declaration(css, '.kw-node', 'box-sizing')).toBe('border-box');
  });

  it('has a header as tall as HEADER, padding included', () => {
    const [vertical = ''] = declaration(css, '.kw-node__header', 'padding').split(' ');
    const height = parseFloat(declaration(css, '.kw-node__header', 'height'));
    expect(declaration(css, '.kw-node__header', 'box-sizing')).toBe('content-box');
    expect(height + 2 * parseFloat(vertical)).toBe(HEADER);
  });

  it('has rows ROW tall under a rule ROW_RULE thick', () => {
    expect(declaration(css, '.kw-node__row', 'height')).toBe(px(ROW));
    expect(declaration(css, '.kw-node__row', 'border-top')).toBe(`${px(ROW_RULE)} solid #eeeeee`);
    expect(declaration(css, '.kw-node__row', 'position')).toBe('absolute');
  });
});
