import {
  createTheme,
  defaultVariantColorsResolver,
  DEFAULT_THEME,
  parseThemeColor,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from '@mantine/core';

/** A default palette with its two darkest shades replaced, so text in shade 9 passes WCAG AA. */
function darkened(name: 'green' | 'orange', shade8: string, shade9: string): MantineColorsTuple {
  const base = DEFAULT_THEME.colors[name];
  return [base[0], base[1], base[2], base[3], base[4], base[5], base[6], base[7], shade8, shade9];
}

// Mantine's green.9 (#2b8a3e, 4.4:1 on white) and orange.9 (#d9480f, 4.3:1) fall just short of
// 4.5:1 for small text (axe-core flags them in the status badges); these shades are 6.1:1 and 5.6:1.
const colors = {
  green: darkened('green', '#2b8a3e', '#237032'),
  orange: darkened('orange', '#d9480f', '#b8400d'),
};

// Mantine draws the text of light, subtle and transparent variants in at most shade 6 even when a
// darker shade is asked for (color="orange.9" gives orange.6 text, 2.2:1 on its tint). Keep the
// shade that was asked for, so a dark shade chosen for contrast really is used.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const variant = input.variant ?? 'filled';
  if (!['light', 'subtle', 'transparent'].includes(variant)) return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade === undefined || parsed.shade < 7) return colors;
  return { ...colors, color: `var(--mantine-color-${parsed.color}-${parsed.shade})` };
};

// Shade 8 of Mantine's blue keeps white button text above the WCAG AA 4.5:1 contrast ratio
// (the default shade 6 is about 3.5:1).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  colors,
  variantColorResolver,
  // Plain objects rather than Component.extend(): importing the components here would pull them
  // into the sign-in page's first chunk.
  components: {
    // Links in running text must be told apart by more than colour (WCAG 1.4.1): underline them.
    Anchor: { defaultProps: { underline: 'always' } },
    // Long labels ("Why? How 9.67 lane credits were counted") wrap on a phone instead of
    // running off the screen; short ones keep Mantine's height.
    Button: {
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 4 },
        // A <button> centres its content vertically by itself, a link styled as one does not: the
        // inner row takes the button's full height (less padding and border) and centres the label.
        inner: { minHeight: 'calc(var(--button-height) - 10px)' },
        label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.25 },
      },
    },
    // A table that scrolls sideways (on a phone) must be reachable by keyboard to scroll it.
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});

// Mantine's "dimmed" grey (gray.6) is about 3.3:1 on white; gray.7 reads at about 7:1.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // "light" buttons and badges put shade-8 text on a tinted background (4.4:1): use shade 9.
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-green-light-color': 'var(--mantine-color-green-9)',
    '--mantine-color-orange-light-color': 'var(--mantine-color-orange-9)',
  },
  dark: {},
});
