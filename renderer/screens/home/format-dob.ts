/** 'YYYY-MM-DD' → 'dd/mm/yyyy'; partial dates ('YYYY-MM', 'YYYY') keep only what the card records. */
export function formatDob(iso: string): string {
  return iso.split('-').reverse().join('/');
}
