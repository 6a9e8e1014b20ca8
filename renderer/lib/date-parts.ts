/** Date of birth entered as day / month / year fields: validated here so an impossible date never leaves the screen. */
export type DateCheck = { ok: true; iso: string } | { ok: false; reason: 'invalid' | 'future' };

export function checkDateParts(day: string, month: string, year: string, today: Date = new Date()): DateCheck {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { ok: false, reason: 'invalid' };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (y < 1900 || m < 1 || m > 12 || d < 1) return { ok: false, reason: 'invalid' };
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return { ok: false, reason: 'invalid' };
  if (dt.getTime() > Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) return { ok: false, reason: 'future' };
  return { ok: true, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}
