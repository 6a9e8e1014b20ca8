/**
 * The kiosk's "Lấy số thứ tự" and the counter's rating screen (issue #18). A walk-in ticket follows the Form 01
 * ticket's rule, "no print, no ticket": the number is reserved, printed, and issued only once the printer confirmed;
 * a failed print withdraws it (the next reservation takes the number again). Each tap draws from the station's
 * 'walk-in-ticket' budget, so a stranger pressing the button a thousand times gets a few slips and "đợi N giây".
 */
import { randomUUID } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import { ticketLabel } from '../../../preload/contract/ticket-label';
import type { PrintQueue } from '../../services/printing/print-queue';
import type { StationLimiter } from '../../services/rate-limit/station-limiter';
import type { TicketRatings } from '../../services/ratings/ticket-ratings';
import { printAndWait } from '../../services/registrations/print-and-wait';
import type { RegistrationsService } from '../../services/registrations/registrations-service';
import { buildTicketReceipt } from '../../services/registrations/ticket-receipt';
import type { EventBus } from '../event-bus';
import type { HandlerMap } from '../dispatcher';

type ServicesChannels = 'queue:takeTicket' | 'rating:pending' | 'rating:submit';

export interface ServicesHandlerDeps {
  readonly registrations: Pick<
    RegistrationsService,
    'reserveWalkIn' | 'confirmTicketPrinted' | 'abandonTicket' | 'countersServing' | 'pendingRating'
  >;
  readonly ratings: TicketRatings;
  readonly limiter: Pick<StationLimiter, 'take'>;
  readonly printQueue: Pick<PrintQueue, 'enqueue' | 'get' | 'cancel'>;
  readonly bus: Pick<EventBus, 'subscribe'>;
  /** This counter station's counter; null on a kiosk (no rating screen there). */
  readonly stationCounter: number | null;
  readonly printTimeoutMs?: number;
}

export function servicesHandlers(deps: ServicesHandlerDeps): Pick<HandlerMap, ServicesChannels> {
  const { registrations } = deps;
  return {
    'queue:takeTicket': async ({ service }) => {
      await deps.limiter.take('walk-in-ticket');
      const ticket = registrations.reserveWalkIn(service);
      const counters = registrations.countersServing(service);
      const verdict = await printAndWait(
        { queue: deps.printQueue, bus: deps.bus },
        {
          kind: 'queue-ticket',
          receipt: buildTicketReceipt(ticket, counters),
          // A withdrawn reservation's row id may be handed out again: the key must be new for each attempt.
          idempotencyKey: `queue-ticket-${ticket.id}-${randomUUID()}`,
        },
        deps.printTimeoutMs,
      );
      if (!verdict.printed) {
        registrations.abandonTicket(ticket.id);
        throw new KioskFailure('printer-not-ready', 'the ticket could not be printed', { reason: verdict.reason });
      }
      const issued = registrations.confirmTicketPrinted(ticket.id);
      return {
        service: issued.service,
        number: issued.number,
        label: ticketLabel(issued),
        counters: [...counters],
        createdAt: issued.createdAt,
      };
    },
    'rating:pending': () => {
      if (deps.stationCounter === null) return { pending: null };
      const p = registrations.pendingRating(String(deps.stationCounter));
      return { pending: p === null ? null : { token: p.token, service: p.service, label: ticketLabel(p) } };
    },
    'rating:submit': ({ token, level, reasons }) => {
      deps.ratings.submit({ token, level, reasons });
      return { recorded: true as const };
    },
  };
}
