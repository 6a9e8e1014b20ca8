/**
 * Every string a citizen sees comes from the i18n catalogues: this walks every renderer .tsx with the TypeScript
 * parser and fails on JSX text, string-literal JSX children and user-visible attributes (aria-label, title,
 * placeholder, alt, label) that contain letters. Symbols, digits and punctuation are fine ("%", "⌫", "·").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'aria-valuetext']);
const HAS_LETTER = /\p{L}/u;

/** Deliberate exceptions, each with its reason. Keep this list short. */
const ALLOWLIST: readonly { readonly file: string; readonly text: string; readonly why: string }[] = [
  { file: 'renderer/ui/DisplaySettings.tsx', text: 'A', why: 'the letter sample on the text-size buttons (aria-hidden)' },
];

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(p);
    return e.name.endsWith('.tsx') && !e.name.endsWith('.test.tsx') ? [p] : [];
  });
}

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function findHardcodedText(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!HAS_LETTER.test(t)) return;
    if (ALLOWLIST.some((a) => a.file === file && a.text === t)) return;
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: t });
  };
  const literalText = (e: ts.Expression | undefined): string | null =>
    e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : null;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text !== null) report(node, text);
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      const text = init && ts.isStringLiteral(init) ? init.text : init && ts.isJsxExpression(init) ? literalText(init.expression) : null;
      if (text !== null) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no hard-coded user-visible text in the renderer', () => {
  it('finds JSX text, literal children and visible attributes (the checker itself)', () => {
    const sample = `const A = () => <div title="Xin chào" aria-label={'Close'}><p>Họ và tên</p>{'Tra cứu'}<b>{t('x')} · 100%</b></div>;`;
    expect(findHardcodedText('x.tsx', sample).map((f) => f.text)).toEqual(['Xin chào', 'Close', 'Họ và tên', 'Tra cứu']);
  });

  it('every renderer component takes its words from the catalogues', () => {
    const files = tsxFiles(join(ROOT, 'renderer'));
    expect(files.length).toBeGreaterThan(20);
    const findings = files.flatMap((f) => findHardcodedText(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line} "${f.text}"`)).toEqual([]);
  });
});
