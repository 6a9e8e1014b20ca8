/**
 * What the packaging tests know about the built output: where it is, and which bare modules a bundle loads at run time
 * (read from the built files themselves, following their relative chunk imports), so a test can compare that with
 * what electron-builder packages.
 */
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_MAIN = join(REPO_ROOT, 'out', 'main');

export function requireBuilt(file: string): string {
  const full = join(REPO_ROOT, file);
  if (!existsSync(full)) throw new Error(`${file} is missing: the packaging tests run after "npm run build:electron"`);
  return full;
}

// Module specifiers as rolldown writes them: static imports/exports at the start of a line, import("x"), require("x").
const IMPORT =
  /^(?:import|export)\b[^;\n]*?\bfrom\s*"([^"\s,]+)"|\bimport\(\s*"([^"\s,]+)"\s*\)|\brequire\(\s*"([^"\s,]+)"\s*\)|^import\s*"([^"\s,]+)"/gm;
const BUILTINS = new Set(builtinModules);

/** Package names (`pkg` or `@scope/pkg`) imported by `entry` and the chunks it reaches, excluding Node built-ins; `files`: those chunks. */
export function externalPackagesOf(
  entry: string,
  opts: { readonly staticOnly?: boolean } = {},
): { readonly packages: ReadonlySet<string>; readonly files: readonly string[] } {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      // staticOnly: what Node loads before the entry's first line runs (no import(), no require() calls).
      const spec = opts.staticOnly ? (m[1] ?? m[4]) : (m[1] ?? m[2] ?? m[3] ?? m[4]);
      if (!spec) continue;
      if (spec.startsWith('.')) {
        visit(resolve(dirname(file), spec));
        continue;
      }
      if (spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0] ?? '')) continue;
      const parts = spec.split('/');
      packages.add(spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? spec));
    }
  };
  visit(entry);
  return { packages, files: [...seen].map((f) => relative(REPO_ROOT, f)) };
}

/** Every file below `dir`, as a path relative to the repository root with forward slashes. */
export function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (statSync(p).isFile()) out.push(relative(REPO_ROOT, p).split('\\').join('/'));
    }
  };
  walk(join(REPO_ROOT, dir));
  return out;
}
