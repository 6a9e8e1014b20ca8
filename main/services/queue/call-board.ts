/**
 * The call board's view (`board:view`, docs/call-board.md): the queue as the lobby may see it, with what the voice
 * says for each call. Labels are the contract's ticketLabel ("A015": the series letter and the day's number), as
 * on the slip and in the console.
 */
import type { BoardView } from '../../../preload/contract/channels/board';
import { ticketLabel } from '../../../preload/contract/ticket-label';
import { createQueueBoard, type BoardTicketRow } from '../../db/queue-board';
import type { Database } from '../../db/open-database';
import { callOut } from '../../domain/voice/call-out';
import { vietnamDay } from '../registrations/registration-types';

/** How many earlier calls the board lists under the ones being served. */
export const BOARD_RECENT = 5;
/** A call is repeated at most this many times (`--call-repeat-after` sets when). */
export const CALL_REPEAT_TIMES = 2;

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
  const call = (t: BoardTicketRow) => ({ label: ticketLabel(t), counter: t.counter, calledAt: t.calledAt });
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
