/**
 * The office's day in numbers (officer:dayReport, the admin CLI's report) and the services each counter serves: counts
 * and times only, nothing about a person (issue #18; docs/services-and-ratings.md).
 */
import { z } from 'zod';
import { ratingLevelSchema, ratingReasonSchema } from './channels/rating';
import { serviceSchema } from './ticket-label';

const seconds = z.number().nonnegative().nullable();
const timing = { waitP50: seconds, waitP90: seconds, serviceP50: seconds, serviceP90: seconds };
const counted = <T extends z.ZodType>(key: T) => z.array(z.object({ key, count: z.number().int().nonnegative() }));

/** The office's day in numbers: counts and times only, nothing about a person. Times in seconds (nearest-rank percentiles). */
export const dayReportSchema = z.object({
  day: z.string(),
  services: z.array(z.object({ service: serviceSchema, tickets: z.number().int(), served: z.number().int(), ...timing })),
  counters: z.array(z.object({ counter: z.string(), served: z.number().int(), ...timing })),
  ratings: counted(ratingLevelSchema),
  ratingReasons: counted(ratingReasonSchema),
  approved: z.number().int(),
  rejected: z.number().int(),
  rejectReasons: counted(z.string()),
  cardsPrinted: z.number().int(),
  /** Each called ticket's wait, for the chart: minutes after midnight (Vietnam) it was called, and the wait in seconds. */
  waits: z.array(z.object({ minute: z.number().int(), waitSeconds: z.number().nonnegative(), service: serviceSchema })),
  /** Per hour of calling (Vietnam): p50/p90 of the waits. */
  hourly: z.array(z.object({ hour: z.number().int(), count: z.number().int(), p50: z.number(), p90: z.number() })),
});
export type DayReport = z.infer<typeof dayReportSchema>;

export const counterServicesSchema = z.object({ counter: z.string(), services: z.array(serviceSchema) });
export type CounterServicesView = z.infer<typeof counterServicesSchema>;
