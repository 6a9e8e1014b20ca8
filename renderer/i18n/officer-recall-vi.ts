/** Vietnamese strings of "Gọi lại" in the counter console (spread into vi.ts). */
export const officerRecallVi = {
  'officer.recall': 'Gọi lại',
  'officer.recall.done': 'Đã gọi lại số {number} trên bảng gọi số.',
  'officer.recall.nothingCalled': 'Quầy này hiện không phục vụ số nào để gọi lại.',
} as const;
