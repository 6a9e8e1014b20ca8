import type { PersonRepository, PersonRecords } from '../../db/repositories/ports';
import { KioskFailure } from '../../../preload/contract/result';
import type { Logger } from '../../logging/logger';
import type { CitizenVisitService } from '../../services/accounts/citizen-visit-service';
import type { PrintQueue } from '../../services/printing/print-queue';
import { participationPdf } from '../../services/documents/lazy-pdf';
import { participationReceipt, participationStatement } from '../../services/records/participation-statement';
import type { ParticipationStatement } from '../../services/records/participation-statement';
import { participationView, profileView } from '../../services/records/records-views';
import type { HandlerMap } from '../dispatcher';

/** A double tap on "In" within this window prints one receipt. */
const DOUBLE_TAP_MS = 10_000;

/** "In bảng quá trình tham gia": the signed-in citizen's statement on the receipt printer, or as a PDF. */
export function statementHandlers(deps: {
  readonly visits: Pick<CitizenVisitService, 'recordsAccess'>;
  readonly persons: Pick<PersonRepository, 'getPersonRecords'>;
  readonly queue: Pick<PrintQueue, 'enqueue'>;
  readonly logger: Logger;
  readonly clock: () => Date;
}): Pick<HandlerMap, 'records:printParticipation' | 'records:participationPdf'> {
  const statementOf = (clientId: string): ParticipationStatement => {
    const r: PersonRecords | undefined = deps.persons.getPersonRecords(deps.visits.recordsAccess(clientId));
    if (r === undefined) throw new KioskFailure('not-found', 'no records');
    const now = deps.clock();
    return participationStatement(profileView(r), participationView(r, {}, now), now);
  };
  return {
    'records:printParticipation': (_input, ctx) => {
      const statement = statementOf(ctx.clientId);
      const slot = Math.floor(deps.clock().getTime() / DOUBLE_TAP_MS);
      const job = deps.queue.enqueue({
        kind: 'participation',
        receipt: participationReceipt(statement),
        idempotencyKey: `participation:${ctx.clientId}:${slot}`,
      });
      deps.logger.info('records.participation-printed', { job: job.id, periods: statement.periods.length });
      return { jobId: job.id };
    },
    'records:participationPdf': async (_input, ctx) => {
      const pdf = await participationPdf(statementOf(ctx.clientId));
      return { pdfBase64: Buffer.from(pdf).toString('base64'), fileName: 'qua-trinh-tham-gia.pdf' };
    },
  };
}
