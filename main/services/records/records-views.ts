/**
 * From a person's stored records to what the signed-in citizen sees on the records screens. Pure: the
 * clock is passed in, so "valid today" and "months so far" are judged on the host, not on the screen.
 */
import type {
  BenefitsView,
  CardView,
  ParticipationView,
  Profile,
  SchemeName,
  VisitsView,
} from '../../../preload/contract/channels/records';
import { bhytCardText } from '../../../native/documents/bhyt-card-text';
import { loadBhytCardLayout } from '../../../native/documents/card-layout';
import { qrRuns } from '../../../native/documents/qr-runs';
import type { PersonRecords } from '../../db/repositories/ports';
import { cardDataFromRecords } from '../cards/card-data';

const SCHEMES: readonly SchemeName[] = ['bhxh', 'bhtn', 'bhtnld-bnn', 'bhyt'];

export function profileView(r: PersonRecords): Profile {
  const p = r.profile;
  return {
    insuranceNumber: p.insuranceNumber,
    fullName: p.fullName,
    dateOfBirth: p.dateOfBirth,
    gender: p.gender,
    idNumber: p.idNumber,
    phone: p.phone,
    email: p.email,
    address: p.address,
    wardName: p.wardName,
    provinceName: p.provinceName,
  };
}

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export function cardView(r: PersonRecords, now: Date): CardView {
  const data = cardDataFromRecords(r);
  if (data === null || r.card === null) return { card: null };
  const qrBox = loadBhytCardLayout().front.qr;
  const { runs, modules } = qrRuns(data.qrPayload, qrBox?.errorCorrectionLevel ?? 'M');
  const today = isoDay(now);
  const status = today < r.card.validFrom ? 'not-yet-valid' : r.card.validTo !== null && today > r.card.validTo ? 'expired' : 'valid';
  return {
    card: {
      layoutId: 'bhyt-1666',
      text: { ...bhytCardText(data) },
      qr: { modules, runs },
      qrPayload: data.qrPayload,
      validFrom: r.card.validFrom,
      validTo: r.card.validTo,
      fiveYearsFrom: r.card.fiveYearsFrom,
      status,
    },
  };
}

const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** Inclusive count of months from 'YYYY-MM' to 'YYYY-MM' (an open period runs to the current month). */
export function monthsBetween(fromMonth: string, toMonth: string | null, now: Date): number {
  const end = toMonth ?? `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  return Math.max(0, monthIndex(end) - monthIndex(fromMonth) + 1);
}

export function participationView(
  r: PersonRecords,
  filter: { readonly scheme?: SchemeName | undefined; readonly year?: number | undefined },
  now: Date,
): ParticipationView {
  const nowYear = now.getUTCFullYear();
  const years = new Set<number>();
  const periods: ParticipationView['periods'][number][] = [];
  for (const p of r.participation) {
    const fromY = Number(p.fromMonth.slice(0, 4));
    const toY = p.toMonth === null ? nowYear : Number(p.toMonth.slice(0, 4));
    for (let y = fromY; y <= toY; y++) years.add(y);
    if (filter.scheme !== undefined && p.scheme !== filter.scheme) continue;
    let from = p.fromMonth;
    let to = p.toMonth;
    if (filter.year !== undefined) {
      if (filter.year < fromY || filter.year > toY) continue;
      // Clip to the chosen year, so the totals answer "how many months in that year".
      if (fromY < filter.year) from = `${filter.year}-01`;
      if (toY > filter.year) to = `${filter.year}-12`;
    }
    periods.push({
      scheme: p.scheme,
      fromMonth: from,
      toMonth: to,
      employerName: p.employerName,
      position: p.position,
      salaryBase: p.salaryBase,
      months: monthsBetween(from, to, now),
    });
  }
  const totals = SCHEMES.map((scheme) => ({
    scheme,
    months: periods.filter((p) => p.scheme === scheme).reduce((sum, p) => sum + p.months, 0),
  })).filter((t) => t.months > 0);
  return { periods, totals, years: [...years].sort((a, b) => b - a) };
}

export function benefitsView(r: PersonRecords): BenefitsView {
  return { benefits: r.benefits.map((b) => ({ kind: b.kind, fromDate: b.fromDate, toDate: b.toDate, amount: b.amount, note: b.note })) };
}

export function visitsView(r: PersonRecords, year: number | undefined): VisitsView {
  const years = [...new Set(r.visits.map((v) => Number(v.visitDate.slice(0, 4))))].sort((a, b) => b - a);
  const visits = r.visits
    .filter((v) => year === undefined || v.visitDate.startsWith(`${year}-`))
    .map((v) => ({
      visitDate: v.visitDate,
      facilityName: v.facilityName ?? v.facilityCode,
      diagnosisGroup: v.diagnosisGroup,
      totalCost: v.totalCost,
      bhytPaid: v.bhytPaid,
    }))
    .sort((a, b) => b.visitDate.localeCompare(a.visitDate));
  return {
    visits,
    years,
    totalCost: visits.reduce((s, v) => s + v.totalCost, 0),
    totalBhytPaid: visits.reduce((s, v) => s + v.bhytPaid, 0),
  };
}
