import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Shade 8 of Mantine's blue keeps white button text above the WCAG AA 4.5:1 contrast ratio
// (the default shade 6 is about 3.5:1).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
});

// Mantine's "dimmed" grey (gray.6) is about 3.3:1 on white; gray.7 reads at about 7:1.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
