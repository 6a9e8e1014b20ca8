import { describe, expect, it } from 'vitest';
import { createCitizenSessions, type SessionEndReason } from '../../../../../main/services/accounts/citizen-sessions';

interface VisitData {
  insuranceNumber?: string;
  fullName?: string;
  scans?: string[];
}

describe('citizen sessions', () => {
  it('starts, reads, ends, and scrubs the data it held', () => {
    const now = 0;
    const ended: [string, SessionEndReason][] = [];
    const sessions = createCitizenSessions<VisitData>({
      clock: () => new Date(now),
      ttlMs: 1000,
      onEnd: (id, _data, reason) => void ended.push([id, reason]),
    });
    const data: VisitData = { insuranceNumber: '0123456789', fullName: 'Nguyễn Văn Đức', scans: ['079201001234|Nguyễn Văn Đức'] };
    sessions.start('c1', data);
    expect(sessions.get('c1')?.data.fullName).toBe('Nguyễn Văn Đức');
    expect(sessions.size()).toBe(1);
    expect(sessions.end('c1')).toBe(true);
    expect(sessions.get('c1')).toBeNull();
    expect(sessions.size()).toBe(0);
    expect(sessions.entries()).toEqual([]);
    expect(Object.keys(data)).toEqual([]);
    expect(JSON.stringify(data)).not.toContain('0123456789');
    expect(ended).toEqual([['c1', 'ended']]);
    expect(sessions.end('c1')).toBe(false);
  });

  it('expires idle sessions (get() counts as activity) and reports why', () => {
    let now = 0;
    const ended: SessionEndReason[] = [];
    const sessions = createCitizenSessions<VisitData>({
      clock: () => new Date(now),
      ttlMs: 1000,
      onEnd: (_id, _d, r) => void ended.push(r),
    });
    sessions.start('a', { fullName: 'Trần Thị Ngọc Ánh' });
    sessions.start('b', { fullName: 'Lê Văn Dũng' });
    now = 900;
    expect(sessions.get('a')).not.toBeNull();
    now = 1000;
    expect(sessions.entries().map((s) => s.clientId)).toEqual(['a']);
    expect(ended).toEqual(['expired']);
    now = 1900;
    expect(sessions.get('a')).toBeNull();
    expect(ended).toEqual(['expired', 'expired']);
  });

  it('replacing and endAll wipe every session', () => {
    const reasons: SessionEndReason[] = [];
    const sessions = createCitizenSessions<VisitData>({
      clock: () => new Date(0),
      ttlMs: 1000,
      onEnd: (_i, _d, r) => void reasons.push(r),
    });
    const first: VisitData = { fullName: 'A' };
    sessions.start('a', first);
    sessions.start('a', { fullName: 'B' });
    expect(first).toEqual({});
    sessions.start('c', { fullName: 'C' });
    expect(sessions.endAll()).toBe(2);
    expect(sessions.size()).toBe(0);
    expect(reasons).toEqual(['replaced', 'all', 'all']);
  });
});
