/** English strings of a visit the host ended (idle timeout, the account signed in elsewhere) (spread into en.ts). */
export const sessionEndEn = {
  'session.ended.expired': 'Your session ended after a period without activity. Please sign in again if needed.',
  'session.ended.elsewhere': 'Your account was just signed in on another machine. Please sign in again if needed.',
  'account.elsewhere.warning':
    'This account is signed in on another machine. Enter the one-time code sent to the registered phone to sign in here; the other machine will be signed out.',
  'account.elsewhere.noPhone':
    'This account is signed in on another machine and has no registered phone to confirm with. Please sign out there or ask at the help desk.',
  'account.elsewhere.resendHint': 'Press “Send a new code” to receive a one-time code.',
} as const;
