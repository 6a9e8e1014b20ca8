import type { officerRecallVi } from './officer-recall-vi';

/** English strings of "Gọi lại" in the counter console (spread into en.ts). */
export const officerRecallEn: Readonly<Record<keyof typeof officerRecallVi, string>> = {
  'officer.recall': 'Call again',
  'officer.recall.done': 'Number {number} was called again on the call board.',
  'officer.recall.nothingCalled': 'This counter is not serving a number that could be called again.',
};
