/**
 * The lint zones fail where they should (issue #19): each planted violation, linted as if it were a file of that
 * folder, is reported by its zone's rule; the same import in a folder allowed to have it is not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

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
  ])('%s: a planted violation fails (%s)', async (file, code, message) => {
    const messages = await restrictedImports(file, code);
    expect(messages.some((m) => message.test(m))).toBe(true);
  });

  it('allows the driver inside main/db', async () => {
    expect(await restrictedImports('main/db/example.ts', "import pg from 'pg';\nexport const p = pg;\n")).toEqual([]);
  });
});
