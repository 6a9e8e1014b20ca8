import type { boardVi } from './board-vi';

/** English strings of the lobby call board (spread into en.ts). */
export const boardEn: Readonly<Record<keyof typeof boardVi, string>> = {
  'board.title': 'Call board',
  'board.serving': 'Now serving',
  'board.servingEmpty': 'No number is being served right now. Please wait.',
  'board.number': 'Number',
  'board.counter': 'Counter {counter}',
  'board.toCounter': 'Please go to counter {counter}',
  'board.recent': 'Called recently',
  'board.recentEmpty': 'None yet.',
  'board.waiting': 'Waiting',
  'board.waitingCount': '{n} waiting',
  'board.callout': 'Number {label}, please go to counter {counter}',
  'board.soundOff': 'The call-out sound is off.',
  'board.soundOn': 'Turn sound on',
  'board.offline': 'Connection to the server lost, reconnecting…',
  'board.privacy': 'This board shows ticket numbers only, never personal details.',
  'board.clock': 'Current time',
};
