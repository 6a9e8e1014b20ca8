/** A short reference a citizen can read out to an officer, e.g. "E-M3K9ZQ-7F2A"; the host logs the same string. */
export function newErrorReference(
  now: number = Date.now(),
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  const time = now.toString(36).toUpperCase().slice(-6);
  const rand = Array.from(random(2), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return `E-${time}-${rand}`;
}

/** Only the Error's name leaves the renderer: a message may quote what the citizen typed. */
export function errorName(e: unknown): string {
  const name = e instanceof Error ? e.name : typeof e;
  return /^[A-Za-z0-9_.$-]{1,60}$/.test(name) ? name : 'Error';
}
