/**
 * Be Vietnam Pro (OFL) for every printed document, read from the npm package at run time.
 * Bytes and parsed fontkit fonts are cached per process: parsing the TTF is most of a cold render.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { randomInt } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { FontWeight } from './card-layout.js';

// Not named `require`: the bundler (electron-vite) declares its own `require` shim at the top of each chunk.
const resolveFrom = createRequire(import.meta.url);

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
  return resolveFrom.resolve(FONT_FILES[weight]);
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
      font = withSubsetCache(withCmapLayout(fontkit.create(buffer)));
      parsed.set(buffer, font);
    }
    return font;
  },
};

type FontSubset = ReturnType<FontkitFont['createSubset']>;
/** The part of fontkit's encode stream pdf-lib listens to (CustomFontSubsetEmbedder.serializeFont). */
type SubsetStream = { on(event: string, listener: (arg?: unknown) => void): SubsetStream };

/** Subset programs kept per parsed font; a handful of distinct glyph sets is what a print run sees. */
export const SUBSET_CACHE_LIMIT = 32;

function streamOf(result: Promise<Uint8Array>): SubsetStream {
  const listeners = new Map<string, (arg?: unknown) => void>();
  const stream: SubsetStream = {
    on(event, listener) {
      listeners.set(event, listener);
      return stream;
    },
  };
  result.then(
    (bytes) => {
      listeners.get('data')?.(bytes);
      listeners.get('end')?.();
    },
    (e: unknown) => listeners.get('error')?.(e),
  );
  return stream;
}

/**
 * Encoding a TrueType subset (decoding every glyph, re-encoding loca/hmtx/hinting tables) was the
 * largest part of a warm card, and fontkit schedules it on a timer. The same glyph list in the same
 * order always yields the same bytes, so the encoded program is kept, keyed by that list; returning
 * `withDeflateCache` then reuses its compressed stream.
 */
function withSubsetCache(font: FontkitFont): FontkitFont {
  const programs = new Map<string, Promise<Uint8Array>>();
  const createSubset = font.createSubset.bind(font);
  font.createSubset = (): FontSubset => {
    const subset = createSubset();
    const encodeStream = subset.encodeStream.bind(subset);
    subset.encodeStream = () => {
      // The key is taken before encoding: TTF encoding appends composite glyph components to the list.
      const key = (subset as unknown as { glyphs: readonly number[] }).glyphs.join(',');
      let program = programs.get(key);
      if (program) {
        programs.delete(key);
      } else {
        program = new Promise<Uint8Array>((resolve, reject) => {
          const parts: Uint8Array[] = [];
          (encodeStream() as unknown as SubsetStream)
            .on('data', (b) => parts.push(b as Uint8Array))
            .on('end', () => resolve(parts.length === 1 && parts[0] ? parts[0] : new Uint8Array(Buffer.concat(parts))))
            .on('error', reject);
        });
        program.catch(() => programs.delete(key));
      }
      programs.set(key, program);
      if (programs.size > SUBSET_CACHE_LIMIT) programs.delete(programs.keys().next().value ?? '');
      return streamOf(program) as unknown as ReturnType<FontSubset['encodeStream']>;
    };
    return subset;
  };
  return font;
}

/** Compressed font programs, newest last; found by length, then confirmed byte for byte. */
const deflated: { raw: Buffer; packed: Uint8Array }[] = [];
/** Font programs are tens of kB; smaller streams (ToUnicode maps) are not worth a lookup. */
const DEFLATE_CACHE_MIN_BYTES = 4096;

function deflateCached(contents: Uint8Array): Uint8Array {
  const raw = Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength);
  const i = deflated.findIndex((d) => d.raw.byteLength === raw.byteLength && d.raw.equals(raw));
  const hit = i >= 0 ? deflated.splice(i, 1)[0] : undefined;
  const entry = hit ?? { raw: Buffer.from(raw), packed: new Uint8Array(deflateSync(raw)) };
  deflated.push(entry);
  if (deflated.length > SUBSET_CACHE_LIMIT) deflated.shift();
  return entry.packed;
}

/** ToUnicode maps, by text: a reused subset has the same map too. */
const deflatedCmaps = new Map<string, Uint8Array>();

/** pdf-lib's ToUnicode maps are ASCII text, so latin1 bytes are exactly what pdf-lib would compress. */
function deflateCmap(cmap: string): Uint8Array {
  let packed = deflatedCmaps.get(cmap);
  if (packed) {
    deflatedCmaps.delete(cmap);
  } else {
    packed = new Uint8Array(deflateSync(Buffer.from(cmap, 'latin1')));
  }
  deflatedCmaps.set(cmap, packed);
  if (deflatedCmaps.size > SUBSET_CACHE_LIMIT) deflatedCmaps.delete(deflatedCmaps.keys().next().value ?? '');
  return packed;
}

/**
 * pdf-lib deflates each embedded font program again for every document (with a JS deflate). A
 * reused subset program has the same bytes each time (pdf-lib copies it, so identity is lost), so
 * its compressed form is kept and found by content. Everything else goes through pdf-lib as before.
 */
function withDeflateCache(doc: PDFDocument): void {
  const { context } = doc;
  const flateStream = context.flateStream.bind(context);
  context.flateStream = (contents, dict = {}) => {
    if (contents instanceof Uint8Array && contents.byteLength >= DEFLATE_CACHE_MIN_BYTES)
      return context.stream(deflateCached(contents), { ...dict, Filter: 'FlateDecode' });
    if (typeof contents === 'string') return context.stream(deflateCmap(contents), { ...dict, Filter: 'FlateDecode' });
    return flateStream(contents, dict);
  };
}

/** Six upper-case letters: the PDF subset tag ("ABCDEF+Name") that tells viewers the font is a subset. */
function subsetTag(): string {
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + randomInt(26));
  return tag;
}

export type FontSet = { readonly get: (weight: FontWeight) => Promise<PDFFont> };

export type DocumentFontOptions = {
  /**
   * Characters put into every subset first, in this order. Text made only of them then always
   * yields the same subset, so its encoded (and compressed) program is reused between documents.
   */
  readonly preload?: string;
};

/** Registers fontkit on `doc` and embeds each weight lazily, as a subset, on first use. */
export function documentFonts(doc: PDFDocument, options: DocumentFontOptions = {}): FontSet {
  doc.registerFontkit(cachingFontkit);
  withDeflateCache(doc);
  const embedded = new Map<FontWeight, Promise<PDFFont>>();
  return {
    get(weight) {
      let f = embedded.get(weight);
      if (!f) {
        f = fontBytes(weight).then(async (bytes) => {
          const font = await doc.embedFont(bytes, { subset: true, customName: `${subsetTag()}+${POSTSCRIPT_NAMES[weight]}` });
          // Encoding text is what adds glyphs to pdf-lib's subset (ids in first-use order).
          if (options.preload !== undefined) font.encodeText(options.preload);
          return font;
        });
        embedded.set(weight, f);
      }
      return f;
    },
  };
}

/** For the bench: forget cached bytes so the next render is cold again. */
export function clearFontCache(): void {
  bytesCache.clear();
  deflated.length = 0;
  deflatedCmaps.clear();
}
