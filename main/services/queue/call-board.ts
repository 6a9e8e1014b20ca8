/**
 * The call board's view (`board:view`, docs/call-board.md): the queue as the lobby may see it, with what the voice
 * says for each call. Labels are built here so the board does not care how tickets are numbered: "015" today, a
 * service letter in front ("A015") once tickets carry one.
 */
import type { BoardView } from '../../../preload/contract/channels/board';
import { createQueueBoard, type BoardTicketRow } from '../../db/queue-board';
import type { Database } from '../../db/open-database';
import { callOut } from '../../domain/voice/call-out';
import { vietnamDay } from '../registrations/registration-types';

/** How many earlier calls the board lists under the ones being served. */
export const BOARD_RECENT = 5;
/** A call is repeated at most this many times (`--call-repeat-after` sets when). */
export const CALL_REPEAT_TIMES = 2;

/** A ticket number as printed and shown: at least three digits ("015"). */
export const ticketLabel = (number: number): string => String(number).padStart(3, '0');

export interface CallBoardDeps {
  readonly db: Database;
  readonly clock: () => Date;
  /** The office's name from the kiosk settings (maintenance may change it while the host runs). */
  readonly officeName: () => string;
  /** `--call-repeat-after`, seconds (0 = never). */
  readonly repeatAfterSeconds: number;
}

export interface CallBoard {
  view(): BoardView;
}

export function createCallBoard(deps: CallBoardDeps): CallBoard {
  const board = createQueueBoard(deps.db);
  const call = (t: BoardTicketRow) => ({ label: ticketLabel(t.number), counter: t.counter, calledAt: t.calledAt });
  return {
    view() {
      const s = board.snapshot(vietnamDay(deps.clock()), BOARD_RECENT);
      return {
        officeName: deps.officeName(),
        serving: s.serving.map((t) => {
          const c = call(t);
          const spoken = callOut(c.label, c.counter);
          return { ...c, callout: { text: spoken.text, clips: [...spoken.clips] } };
        }),
        recent: s.recent.map(call),
        waiting: s.waiting.map((w) => ({ service: w.service, waiting: w.waiting })),
        repeat: { afterSeconds: deps.repeatAfterSeconds, times: deps.repeatAfterSeconds === 0 ? 0 : CALL_REPEAT_TIMES },
      };
    },
  };
}
