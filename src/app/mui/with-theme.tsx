import ThemeProviderNoVars from '@mui/material/styles/ThemeProviderNoVars';
import type { ComponentType } from 'react';
import { providedTheme } from '../theme';

/**
 * `Component` inside the app's MUI theme. Only the dialogs, loaded on demand, draw MUI
 * components; the first view draws none, so the theme, its creation and MUI's styling engine
 * are not in the first view's chunk: each module that draws MUI exports its components through
 * this, and `with-theme.test.ts` checks that every one does.
 */
export function withMuiTheme<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function Themed(props: P) {
    return (
      <ThemeProviderNoVars theme={providedTheme}>
        <Component {...props} />
      </ThemeProviderNoVars>
    );
  }
  Themed.displayName = `withMuiTheme(${Component.displayName ?? Component.name})`;
  return Themed;
}
