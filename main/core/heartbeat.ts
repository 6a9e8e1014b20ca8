/**
 * What each connected screen shows, for the heartbeat on /health. Screen names only — never
 * citizen data: a name outside the contract's fixed list is kept as 'other' (the contract already refuses one; this
 * holds for any other caller too).
 */
import { isReportedScreen } from '../../preload/contract/channels/system';
import type { ReportedScreen } from '../../preload/contract/channels/system';

export interface ScreenTracker {
  report(clientId: string, screen: string): void;
  forget(clientId: string): void;
  /** Whether this client is a kiosk screen (it has reported what it shows), as opposed to a tool or test client. */
  has(clientId: string): boolean;
  snapshot(): readonly { readonly clientId: string; readonly screen: ReportedScreen; readonly at: string }[];
}

export function createScreenTracker(now: () => Date = () => new Date()): ScreenTracker {
  const screens = new Map<string, { screen: ReportedScreen; at: string }>();
  return {
    report: (clientId, screen) =>
      void screens.set(clientId, { screen: isReportedScreen(screen) ? screen : 'other', at: now().toISOString() }),
    forget: (clientId) => void screens.delete(clientId),
    has: (clientId) => screens.has(clientId),
    snapshot: () => [...screens].map(([clientId, v]) => ({ clientId: clientId.slice(0, 8), ...v })),
  };
}
