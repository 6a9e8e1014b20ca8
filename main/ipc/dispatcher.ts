/**
 * The one dispatcher both transports use. Every message is `unknown` until the table's zod schema
 * says otherwise; whatever happens, the caller gets a Result — never an exception across the
 * boundary, never a crash of the host.
 */
import { invokeChannels, isInvokeName } from '../../preload/contract/channels';
import type { InvokeName, OutputOf, ParsedInputOf } from '../../preload/contract/channels';
import { KioskFailure, fail, ok } from '../../preload/contract/result';
import type { Result } from '../../preload/contract/result';
import type { Logger } from '../logging/logger';

export interface CallContext {
  /** One per connected screen: the Electron window, or one WebSocket connection of the host. */
  readonly clientId: string;
  readonly transport: 'electron' | 'browser-host';
}

export type Handler<N extends InvokeName> = (input: ParsedInputOf<N>, ctx: CallContext) => OutputOf<N> | Promise<OutputOf<N>>;
/** Every channel must have a handler: a missing one is a compile error. */
export type HandlerMap = { readonly [N in InvokeName]: Handler<N> };

export interface Dispatcher {
  dispatch(channel: unknown, input: unknown, ctx: CallContext): Promise<Result<unknown>>;
}

export function createDispatcher(deps: {
  readonly handlers: HandlerMap;
  readonly logger: Logger;
  /**
   * Runs before every handler once the input parsed (the station's channel policy, the reader's holder); it throws a
   * KioskFailure to refuse the call, answered like a handler's own failure.
   */
  readonly guard?: (channel: InvokeName, ctx: CallContext) => void;
}): Dispatcher {
  const { handlers, logger } = deps;
  return {
    async dispatch(channel, input, ctx) {
      if (!isInvokeName(channel)) return fail('unknown-channel', 'unknown channel');
      const def = invokeChannels[channel];
      const parsed = def.input.safeParse(input);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        return fail('invalid-input', `invalid input for ${channel}`, { path: first ? first.path.join('.') : '', issue: first?.code ?? '' });
      }
      const started = performance.now();
      try {
        deps.guard?.(channel, ctx);
        const handler = handlers[channel] as Handler<InvokeName>;
        const value = await handler(parsed.data as never, ctx);
        const out = def.output.safeParse(value);
        if (!out.success) {
          logger.error('dispatch.bad-output', { channel });
          return fail('internal', `handler for ${channel} produced an invalid reply`);
        }
        logger.debug('dispatch.ok', { channel, ms: Math.round(performance.now() - started) });
        return ok(out.data);
      } catch (e) {
        if (e instanceof KioskFailure) {
          logger.info('dispatch.failure', { channel, code: e.code });
          return e.detail === undefined ? fail(e.code, e.message) : fail(e.code, e.message, e.detail);
        }
        logger.error('dispatch.crash', { channel, error: e instanceof Error ? e.name : 'unknown' });
        return fail('internal', 'internal error');
      }
    },
  };
}
