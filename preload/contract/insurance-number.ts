/**
 * The mã số BHXH (social-insurance number): exactly 10 digits. The one definition of the rule (issue #19: it was
 * written six times, in the contract, the services, the documents and the counter's screen); everything imports it.
 * The first two digits are not a province (docs/domain/bhyt-card.md), so nothing more is checked.
 */
export const INSURANCE_NUMBER_PATTERN = /^\d{10}$/;

export const isInsuranceNumber = (s: string): boolean => INSURANCE_NUMBER_PATTERN.test(s);
