/**
 * Building blocks for the channel tables. A request/response channel has an input and an output
 * schema; an event channel has a payload schema. Names are `domain:verb`, which becomes
 * `window.kiosk.domain.verb(input)` and `window.kiosk.domain.onVerb(cb)`.
 */
import type { z } from 'zod';

export interface InvokeDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** One line for the README's channel list and for reviewers. */
  readonly doc: string;
}

export interface EventDef<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
  readonly doc: string;
}

export const invoke = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string): InvokeDef<I, O> => ({
  input,
  output,
  doc,
});

export const event = <P extends z.ZodType>(payload: P, doc: string): EventDef<P> => ({ payload, doc });

export type ChannelName = `${string}:${string}`;
