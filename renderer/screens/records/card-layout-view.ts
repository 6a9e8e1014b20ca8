/**
 * The BHYT card layout file (resources/card-layout/bhyt-1666.json) as the renderer reads it. The renderer may not
 * import native/ (eslint zone), so this is a read-only view of the same JSON: the host's card-layout.ts validates
 * the file with zod at startup (and its tests), and the defaults below mirror that schema's defaults.
 */
import layoutJson from '../../../resources/card-layout/bhyt-1666.json';

export type PaletteKey = 'background' | 'tint' | 'band' | 'bandAccent' | 'bandText' | 'highlight' | 'ink' | 'label' | 'accent';

export type Decoration =
  | {
      readonly kind: 'rect';
      readonly xMm: number;
      readonly yMm: number;
      readonly widthMm: number;
      readonly heightMm: number;
      readonly color: PaletteKey;
    }
  | { readonly kind: 'circle'; readonly cxMm: number; readonly cyMm: number; readonly rMm: number; readonly color: PaletteKey }
  | {
      readonly kind: 'cross';
      readonly cxMm: number;
      readonly cyMm: number;
      readonly sizeMm: number;
      readonly thicknessMm: number;
      readonly color: PaletteKey;
    };

export interface CardElement {
  readonly id: string;
  readonly label: string;
  readonly source: { readonly kind: 'static'; readonly text: string } | { readonly kind: 'field'; readonly field: string };
  readonly showLabel: boolean;
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly fontSizePt: number;
  readonly labelFontSizePt?: number;
  readonly weight: 'regular' | 'bold';
  readonly maxLines: number;
  readonly lineHeight?: number;
  readonly align: 'left' | 'center' | 'right';
  readonly color: PaletteKey;
  readonly labelColor?: PaletteKey;
}

export interface CardSide {
  readonly decorations: readonly Decoration[];
  readonly qr: { readonly xMm: number; readonly yMm: number; readonly sizeMm: number; readonly quietZoneModules: number } | null;
  readonly elements: readonly CardElement[];
}

export interface CardLayoutView {
  readonly card: { readonly widthMm: number; readonly heightMm: number };
  readonly palette: Readonly<Record<PaletteKey, string>>;
  readonly front: CardSide;
  readonly back: CardSide;
}

/** Schema defaults of card-layout.ts. */
export const DEFAULT_LINE_HEIGHT = 1.2;
export const DEFAULT_LABEL_COLOR: PaletteKey = 'label';

export const cardLayout = layoutJson as unknown as CardLayoutView;
