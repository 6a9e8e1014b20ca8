/**
 * Reading the job id from lp's answer: the job the printer then follows (and cancels) must be this queue's own.
 * Following the job in a real CUPS: lp-card-printer.cups.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { jobIdFromLpOutput } from '../../../../../main/services/cards/follow-cups-job';

describe('jobIdFromLpOutput', () => {
  it('reads the job id of this queue, queue names with dashes too', () => {
    expect(jobIdFromLpOutput('request id is QUAY_THE-123 (1 file(s))\n', 'QUAY_THE')).toBe(123);
    expect(jobIdFromLpOutput('request id is quay-the-2-7 (1 file(s))\n', 'quay-the-2')).toBe(7);
  });

  it('answers null for another queue or any other text, so nothing unknown is followed or cancelled', () => {
    expect(jobIdFromLpOutput('request id is OTHER-5 (1 file(s))\n', 'QUAY_THE')).toBeNull();
    expect(jobIdFromLpOutput('', 'QUAY_THE')).toBeNull();
    expect(jobIdFromLpOutput('lp: some warning\n', 'QUAY_THE')).toBeNull();
  });
});
