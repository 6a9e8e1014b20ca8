/** Public surface of scanned-code parsing. */
export type {
  BhytCode,
  BhytTemplate,
  CccdCode,
  CodeError,
  CodeErrorCode,
  CodeKind,
  CodeParseResult,
  CodeResult,
  Gender,
  ParsedCode,
  RegistrationCode,
} from './code-types';
export { CODE_ERROR_CODES } from './code-types';
export { codeError, toKioskErrorCode, wrongKindError } from './code-errors';
export { expectKind } from './expect-kind';
export { parseScannedCode, prepareScannedText, MAX_CODE_LENGTH } from './parse-scanned-code';
export {
  REGISTRATION_CODE_PREFIX,
  checkRegistrationCode,
  generateRegistrationCode,
  normalizeRegistrationCode,
  type RegistrationCodeCheck,
} from './registration-code';
export { decodeHexUtf8, encodeHexUtf8 } from './hex-utf8';
