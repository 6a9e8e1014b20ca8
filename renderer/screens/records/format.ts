/** Vietnamese display formats for records: money "1.234.000 ₫", dates dd/mm/yyyy, months mm/yyyy. */
const money = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

/** Always the Vietnamese format (the amounts are VND whatever the UI language); NBSP turned into a plain space. */
export const formatMoney = (amount: number): string => money.format(amount).replace(/\u00a0/g, ' ');

export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function formatMonth(ym: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(ym);
  return m ? `${m[2]}/${m[1]}` : ym;
}
