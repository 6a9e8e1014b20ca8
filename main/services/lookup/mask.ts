/** Masking rules for public lookup results (the portal shows the mã số in full but hides the rest). */

/** 'Nguyễn Thị Lan Anh' → 'Nguyễn T** L** A**': family name in full, other words by their first letter. */
export function maskName(fullName: string): string {
  const words = fullName.normalize('NFC').split(' ').filter(Boolean);
  return words.map((w, i) => (i === 0 ? w : `${[...w][0] ?? ''}**`)).join(' ');
}

/** '001192012345' → '*********345'. */
export function maskIdNumber(idNumber: string | null): string | null {
  if (idNumber === null || idNumber.length < 4) return null;
  return '*'.repeat(idNumber.length - 3) + idNumber.slice(-3);
}
