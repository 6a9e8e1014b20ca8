/**
 * From a person's stored records to the data printed on their BHYT card. The QR payload is the one
 * stored with the card (BHXH's own string, with its check field): we never make one up.
 */
import type { BhytCardData } from '../../../native/documents/bhyt-card-text';
import type { PersonRecords } from '../../db/repositories/ports';

const LIVING_AREAS = new Set(['K1', 'K2', 'K3']);

export function cardDataFromRecords(records: PersonRecords): BhytCardData | null {
  const { profile, card } = records;
  if (!card) return null;
  return {
    insuranceNumber: profile.insuranceNumber,
    fullName: profile.fullName,
    dateOfBirth: profile.dateOfBirth,
    gender: profile.gender,
    benefitCode: card.benefitCode,
    livingAreaCode:
      card.livingAreaCode !== null && LIVING_AREAS.has(card.livingAreaCode) ? (card.livingAreaCode as 'K1' | 'K2' | 'K3') : null,
    facilityCode: card.facilityCode,
    facilityName: card.facilityName ?? card.facilityCode,
    validFrom: card.validFrom,
    validTo: card.validTo,
    fiveYearsContinuousFrom: card.fiveYearsFrom,
    issuedBy: card.issuedBy,
    issueDate: card.issueDate,
    qrPayload: card.qrPayload,
  };
}
