// The page's colours come from the VS Code theme (light, dark, high contrast): the charts read the
// theme's CSS variables when they draw, and draw again when the theme changes.

/** A theme colour by its CSS variable (--vscode-charts-blue), with a fallback outside VS Code. */
export function themeColor(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

/** Six distinct colours of the theme's chart palette, then the foreground's. */
export function palette(): string[] {
  return [
    themeColor('--vscode-charts-blue', '#3794ff'),
    themeColor('--vscode-charts-red', '#f14c4c'),
    themeColor('--vscode-charts-green', '#89d185'),
    themeColor('--vscode-charts-yellow', '#cca700'),
    themeColor('--vscode-charts-purple', '#b180d7'),
    themeColor('--vscode-charts-orange', '#d18616'),
    themeColor('--vscode-charts-foreground', '#cccccc'),
  ];
}

/** Calls `redraw` when VS Code switches the theme (it changes the body's class). */
export function onThemeChange(redraw: () => void): void {
  new MutationObserver(redraw).observe(document.body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-kind'] });
}
