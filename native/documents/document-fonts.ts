/**
 * Be Vietnam Pro (OFL) for every printed document, read from the npm package at run time.
 * Bytes and parsed fontkit fonts are cached per process: parsing the TTF is most of a cold render.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { randomInt } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { FontWeight } from './card-layout.js';

const require = createRequire(import.meta.url);

/** Package-relative TTF per weight; resolved through node's resolver, never a hard-coded absolute path. */
const FONT_FILES: Readonly<Record<FontWeight, string>> = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
};

const POSTSCRIPT_NAMES: Readonly<Record<FontWeight, string>> = {
  regular: 'BeVietnamPro-Regular',
  bold: 'BeVietnamPro-Bold',
};

export function fontFilePath(weight: FontWeight): string {
  return require.resolve(FONT_FILES[weight]);
}

const bytesCache = new Map<FontWeight, Promise<Uint8Array>>();

function fontBytes(weight: FontWeight): Promise<Uint8Array> {
  let p = bytesCache.get(weight);
  if (!p) {
    p = readFile(fontFilePath(weight)).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    // A failed read must not poison the cache for the next attempt.
    p.catch(() => bytesCache.delete(weight));
    bytesCache.set(weight, p);
  }
  return p;
}

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;

type GlyphRun = ReturnType<FontkitFont['layout']>;

/**
 * Replaces fontkit's full OpenType shaping with a plain cmap lookup. pdf-lib only reads glyph ids
 * and advance widths from a layout (it ignores GPOS positions), and every NFC Vietnamese letter
 * has its own precomposed glyph in Be Vietnam Pro, so the only difference is that optional
 * ligatures (fi, ffi) are not formed — which also keeps pdftotext/copy-paste output exact.
 * Shaping was most of the time of a warm render.
 */
function withCmapLayout(font: FontkitFont): FontkitFont {
  const shaped = font.layout.bind(font);
  font.layout = (text: string): GlyphRun => {
    const glyphs = font.glyphsForString(text);
    let advanceWidth = 0;
    for (const g of glyphs) advanceWidth += g.advanceWidth;
    return {
      glyphs,
      positions: glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })),
      script: 'latn',
      language: null,
      direction: 'ltr',
      features: {},
      advanceWidth,
      advanceHeight: 0,
      get bbox() {
        return shaped(text).bbox;
      },
    };
  };
  return font;
}

/**
 * pdf-lib calls `fontkit.create(bytes)` on every embed. Handing it this wrapper returns the already
 * parsed font for the same byte array; fontkit's subsetter copies what it needs, so sharing is safe.
 */
const parsed = new WeakMap<Uint8Array, FontkitFont>();
const cachingFontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont {
    if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
    let font = parsed.get(buffer);
    if (!font) {
      font = withCmapLayout(fontkit.create(buffer));
      parsed.set(buffer, font);
    }
    return font;
  },
};

/** Six upper-case letters: the PDF subset tag ("ABCDEF+Name") that tells viewers the font is a subset. */
function subsetTag(): string {
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + randomInt(26));
  return tag;
}

export type FontSet = { readonly get: (weight: FontWeight) => Promise<PDFFont> };

/** Registers fontkit on `doc` and embeds each weight lazily, as a subset, on first use. */
export function documentFonts(doc: PDFDocument): FontSet {
  doc.registerFontkit(cachingFontkit);
  const embedded = new Map<FontWeight, Promise<PDFFont>>();
  return {
    get(weight) {
      let f = embedded.get(weight);
      if (!f) {
        f = fontBytes(weight).then((bytes) =>
          doc.embedFont(bytes, { subset: true, customName: `${subsetTag()}+${POSTSCRIPT_NAMES[weight]}` }),
        );
        embedded.set(weight, f);
      }
      return f;
    },
  };
}

/** For the bench: forget cached bytes so the next render is cold again. */
export function clearFontCache(): void {
  bytesCache.clear();
}
