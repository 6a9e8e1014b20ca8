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
} as const;
