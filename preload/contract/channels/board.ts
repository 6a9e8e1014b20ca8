/**
 * The lobby call board (`--station display`, docs/call-board.md): which numbers are being served at which counter,
 * the last ones called, how many wait. Public by design: the board's view and events carry ticket labels, counters,
 * times and counts ONLY, never a name, a registration code, a check result or anything else of a person
 * (tests/contract/call-board.test.ts holds the schema to exactly these fields).
 */
import { z } from 'zod';
import { event, invoke } from '../define';
import { empty } from '../schemas';
import { QUEUE_CHANGES } from './officer';
import { serviceSchema } from '../ticket-label';

/** A ticket as the lobby sees it: ticketLabel(), the series letter and the day's number ("A015"). */
const label = z.string().regex(/^[A-D]\d{3,6}$/, 'expected a ticket label such as A015');
const counter = z.string().regex(/^[\p{L}\p{N} ._-]{1,20}$/u, 'expected a counter name');
/** A voice clip of resources/voice (main/domain/voice/call-out.ts). */
const clip = z.string().regex(/^[a-z0-9-]{1,32}$/, 'expected a voice clip name');

export const boardCallSchema = z
  .object({
    label,
    counter,
    /** When the ticket was called (again, after "Gọi lại"): a new value is a new announcement. */
    calledAt: z.string(),
  })
  .strict();
export type BoardCall = z.infer<typeof boardCallSchema>;

export const boardServingSchema = boardCallSchema
  .extend({
    /** What the board says for this call, in Vietnamese, and the clips that say it (the chime first). */
    callout: z.object({ text: z.string().max(300), clips: z.array(clip).max(40) }).strict(),
  })
  .strict();
export type BoardServing = z.infer<typeof boardServingSchema>;

export const boardViewSchema = z
  .object({
    officeName: z.string().max(200),
    /** One per counter serving someone right now, by counter. */
    serving: z.array(boardServingSchema).max(99),
    /** The last tickets called that are no longer being served, latest first (at most 5). */
    recent: z.array(boardCallSchema).max(5),
    /** Waiting tickets per service, every service in series order (0 when none waits). */
    waiting: z.array(z.object({ service: serviceSchema, waiting: z.number().int().min(0) }).strict()).max(20),
    /** Automatic repeats of a call while it is still the one at its counter: after `afterSeconds` (0 = never), `times` at most. */
    repeat: z.object({ afterSeconds: z.number().int().min(0).max(600), times: z.number().int().min(0).max(5) }).strict(),
  })
  .strict();
export type BoardView = z.infer<typeof boardViewSchema>;

/** Why the board changed: a queue change, an officer's "Gọi lại", or a change another station's host made. */
export const BOARD_CHANGES = [...QUEUE_CHANGES, 'recalled'] as const;
export const boardChangedSchema = z.object({ reason: z.enum(BOARD_CHANGES) }).strict();

export const boardInvoke = {
  'board:view': invoke(
    empty,
    boardViewSchema,
    'The call board: numbers served now per counter (with what the voice says), the last called, waiting counts; no personal data.',
  ),
} as const;

export const boardEvents = {
  'board:changed': event(
    boardChangedSchema,
    'The call board changed (issued, called, recalled, decided, returned…); refetch with board:view.',
  ),
} as const;
