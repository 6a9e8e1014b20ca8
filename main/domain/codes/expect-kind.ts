import { wrongKindError } from './code-errors';
import type { CodeKind, CodeParseResult, CodeResult, ParsedCode } from './code-types';

/**
 * Narrow a parse result to the kind a screen asked for ("scan your CCCD"): other kinds become a
 * `wrong-kind` error with a message naming what was expected; parse errors pass through unchanged.
 */
export function expectKind<K extends CodeKind>(result: CodeParseResult, kind: K): CodeResult<Extract<ParsedCode, { kind: K }>> {
  if (!result.ok) return result;
  if (result.value.kind !== kind) return { ok: false, error: wrongKindError(kind) };
  return { ok: true, value: result.value as Extract<ParsedCode, { kind: K }> };
}
