/**
 * `npm run admin -- parse-code "<payload>"`: parse one scanned payload and print the result as JSON.
 * Exit 0 with the parsed code; 2 with `{"error":{code,message}}` (English) when it does not parse;
 * 64 (EX_USAGE) without a payload. Prints personal data only because the operator passed it in.
 */
import { parseScannedCode } from '../../domain/codes/parse-scanned-code';
import type { AdminCommand } from './command';

export interface CommandOutput {
  readonly exitCode: number;
  readonly stdout: string;
}

export const PARSE_CODE_USAGE = 'Usage: npm run admin -- parse-code "<scanned payload>"';

/** `args` are the arguments after the command name. Several arguments are joined with spaces (an unquoted payload). */
export function runParseCode(args: readonly string[]): CommandOutput {
  if (args.length === 0 || args.every((a) => a.trim() === '') || args[0] === '--help' || args[0] === '-h') {
    return { exitCode: 64, stdout: `${JSON.stringify({ error: { code: 'usage', message: PARSE_CODE_USAGE } })}\n` };
  }
  const result = parseScannedCode(args.join(' '));
  if (result.ok) return { exitCode: 0, stdout: `${JSON.stringify(result.value, null, 2)}\n` };
  const { code, messageEn, field } = result.error;
  const error = field === undefined ? { code, message: messageEn } : { code, message: messageEn, field };
  return { exitCode: 2, stdout: `${JSON.stringify({ error })}\n` };
}

/** Registration entry for commands/index.ts. */
export const parseCodeCommand: AdminCommand = {
  summary: 'parse a scanned CCCD / BHYT / Form 01 payload and print it as JSON',
  run(args, io) {
    const { exitCode, stdout } = runParseCode(args);
    io.out(stdout);
    return Promise.resolve(exitCode);
  },
};
