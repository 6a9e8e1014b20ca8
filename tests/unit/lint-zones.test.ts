/**
 * The lint zones fail where they should (issue #19): each planted violation, linted as if it were a file of that
 * folder, is reported by its zone's rule; the same import in a folder allowed to have it is not.
 */
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The planted files do not exist, so the type-aware rules (which need the file in a tsconfig) are off here; the
// import zones are syntactic.
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint zones', () => {
  it.each([
    ['main/services/example.ts', "import pg from 'pg';\nexport const p = pg;\n", /database drivers live in main\/db/],
    ['main/services/example.ts', "import Db from 'better-sqlite3';\nexport const d = Db;\n", /database drivers live in main\/db/],
    ['main/services/example.ts', "import { t } from '../../tests/support/test-host';\nexport const x = t;\n", /never imports test code/],
    ['main/services/example.ts', "import { app } from 'electron';\nexport const a = app;\n", /knows nothing of Electron/],
    ['native/printer/example.ts', "import { x } from '../../main/core/version';\nexport const y = x;\n", /native\/ sits below main/],
    ['renderer/ui/example.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", /no Node or Electron APIs/],
    ['preload/contract/example.ts', "import { x } from '../../renderer/ui/Button';\nexport const y = x;\n", /zod and itself only/],
    ['renderer/ui/Example.tsx', "import { useApp } from '../state/store-context';\nexport const u = useApp;\n", /never import them/],
    [
      'renderer/state/example.ts',
      "import { HomeScreen } from '../screens/home/HomeScreen';\nexport const h = HomeScreen;\n",
      /state never imports screens/,
    ],
    ['renderer/i18n/example.ts', "import type { AppState } from '../state/app-store';\nexport type A = AppState;\n", /never import them/],
  ])('%s: a planted violation fails (%s)', async (file, code, message) => {
    const messages = await restrictedImports(file, code);
    expect(messages.some((m) => message.test(m))).toBe(true);
  });

  it('enforces the rules of hooks in the renderer (a hook called conditionally fails)', async () => {
    const code = "import { useState } from 'react';\nexport function F(p: { a: boolean }) {\n  if (p.a) useState(0);\n  return null;\n}\n";
    const [result] = await eslint.lintText(code, { filePath: 'renderer/screens/Example.tsx' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('react-hooks/rules-of-hooks');
  });

  it('allows the driver inside main/db', async () => {
    expect(await restrictedImports('main/db/example.ts', "import pg from 'pg';\nexport const p = pg;\n")).toEqual([]);
  });
});

describe('promises', () => {
  it('an async limit left unawaited fails the lint (the walk-in ticket printed past its limit so)', async () => {
    const file = 'main/ipc/handlers/services-handlers.ts';
    const source = readFileSync(file, 'utf8');
    expect(source).toContain("await deps.limiter.take('walk-in-ticket');");
    const typed = new ESLint();
    const [clean] = await typed.lintText(source, { filePath: file });
    expect(clean?.messages.filter((m) => m.ruleId === '@typescript-eslint/no-floating-promises')).toEqual([]);
    const [planted] = await typed.lintText(
      source.replace("await deps.limiter.take('walk-in-ticket');", "deps.limiter.take('walk-in-ticket');"),
      {
        filePath: file,
      },
    );
    expect(planted?.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-floating-promises');
  }, 60_000);
});
