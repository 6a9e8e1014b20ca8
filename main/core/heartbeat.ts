/**
 * What each connected screen shows, for the heartbeat on /health. Screen names only — never
 * citizen data.
 */
export interface ScreenTracker {
  report(clientId: string, screen: string): void;
  forget(clientId: string): void;
  /** Whether this client is a kiosk screen (it has reported what it shows), as opposed to a tool or test client. */
  has(clientId: string): boolean;
  snapshot(): readonly { readonly clientId: string; readonly screen: string; readonly at: string }[];
}

export function createScreenTracker(now: () => Date = () => new Date()): ScreenTracker {
  const screens = new Map<string, { screen: string; at: string }>();
  return {
    report: (clientId, screen) => void screens.set(clientId, { screen, at: now().toISOString() }),
    forget: (clientId) => void screens.delete(clientId),
    has: (clientId) => screens.has(clientId),
    snapshot: () => [...screens].map(([clientId, v]) => ({ clientId: clientId.slice(0, 8), ...v })),
  };
}
