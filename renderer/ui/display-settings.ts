/** Text size and contrast as applied to <html>; tokens.css reads --text-scale and data-contrast. */

export type TextScale = 1 | 1.25 | 1.5;
export type Contrast = 'normal' | 'high';

export const TEXT_SCALES: readonly TextScale[] = [1, 1.25, 1.5];

/** The bits of <html> touched, so this can be tested without a DOM. */
export interface DisplayRoot {
  readonly style: { setProperty(name: string, value: string): void };
  readonly dataset: Record<string, string | undefined>;
}

/** Sets --text-scale and data-contrast on the root; call again with defaults when a session ends. */
export function applyDisplaySettings(root: DisplayRoot, settings: { readonly textScale: TextScale; readonly contrast: Contrast }): void {
  root.style.setProperty('--text-scale', String(settings.textScale));
  if (settings.contrast === 'high') root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
}
