/** Small shared zod schemas: the formats that recur across channels. */
import { z } from 'zod';
import { INSURANCE_NUMBER_PATTERN } from './insurance-number';

/** Bounded free text: every string crossing the boundary has a maximum length. */
export const text = (max = 200) => z.string().max(max);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** A date that may be partial, as on CCCD cards of people without a full date of birth. */
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export const insuranceNumber = z.string().regex(INSURANCE_NUMBER_PATTERN, 'expected 10 digits');
export const idNumber = z.string().regex(/^(\d{9}|\d{12})$/, 'expected 9 or 12 digits');
export const provinceCode = z.string().regex(/^\d{2}$/, 'expected a 2-digit province code');
export const wardCode = z.string().regex(/^\d{5}$/, 'expected a 5-digit ward code');
export const gender = z.enum(['male', 'female']);
export const empty = z.object({}).strict();
/** Vietnamese mobile numbers: 10 digits starting 03/05/07/08/09 (docs/domain/form01.md). */
export const mobilePhone = z.string().regex(/^0[35789]\d{8}$/, 'expected a Vietnamese mobile number');
