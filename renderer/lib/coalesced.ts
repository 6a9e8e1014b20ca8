/**
 * A refresh that a burst of change events runs at most twice: the one running, then one more after it, which sees
 * every change that arrived meanwhile (two kiosks issuing at once, a call right after an issue). `round` returns
 * false to stop early (signed out, offline).
 */
export function coalesced(round: () => Promise<boolean | void>): () => Promise<void> {
  let running = false;
  let again = false;
  return async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if ((await round()) === false) return;
      } while (again);
    } finally {
      running = false;
    }
  };
}
