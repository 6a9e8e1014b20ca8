/** Developer-only channels: answered only when devices are emulated (browser host dev mode), else 'forbidden'. */
import { z } from 'zod';
import { invoke } from '../define';
import { empty } from '../schemas';

export const devInvoke = {
  'dev:smsMessages': invoke(
    empty,
    z.array(z.object({ seq: z.number().int(), to: z.string(), body: z.string() })),
    'Messages accepted by the development SMS sink (to read an OTP in demos and e2e tests). Emulated mode only.',
  ),
  'dev:citizenSessions': invoke(
    empty,
    z.object({
      sessions: z.number().int(),
      pendingSignIns: z.number().int(),
      openOtps: z.number().int(),
      /** The in-memory visit table serialised, so a test can prove no personal data is left in it. */
      table: z.string(),
    }),
    'What the host still holds of citizen visits (e2e zero-residue checks). Emulated mode only.',
  ),
} as const;
