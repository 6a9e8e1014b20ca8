/**
 * Plays a call-out by joining its clips with Web Audio: each clip is fetched and decoded once, then the clips are
 * scheduled back to back on the audio clock, so there is no gap or overlap between words whatever the timers do.
 *
 * A browser may keep the AudioContext suspended until someone touches the page (autoplay policy; the host's own
 * window passes --autoplay-policy=no-user-gesture-required, a plain browser tab does not). While it is suspended
 * nothing is played — the call is still shown as text — and the board offers "Bật âm thanh" (resume()).
 */

export type AudioState = 'running' | 'suspended' | 'unavailable';

export interface VoicePlayer {
  state(): AudioState;
  onStateChange(listener: (state: AudioState) => void): () => void;
  /** After a tap: lets the context run. */
  resume(): Promise<void>;
  /** Plays the clips in order; resolves when the last ended, at once when there is no sound (false then). */
  play(clips: readonly string[]): Promise<boolean>;
}

/** A short breath before the first clip, so the chime is never clipped by a context just woken up. */
const LEAD_SECONDS = 0.05;

export function createVoicePlayer(urls: Readonly<Record<string, string>>): VoicePlayer {
  const Ctx = typeof AudioContext === 'undefined' ? null : AudioContext;
  const ctx = Ctx === null ? null : new Ctx();
  const buffers = new Map<string, Promise<AudioBuffer | null>>();
  const listeners = new Set<(s: AudioState) => void>();
  const state = (): AudioState => (ctx === null ? 'unavailable' : ctx.state === 'running' ? 'running' : 'suspended');
  ctx?.addEventListener('statechange', () => {
    for (const l of [...listeners]) l(state());
  });

  const load = (clip: string): Promise<AudioBuffer | null> => {
    let p = buffers.get(clip);
    if (p === undefined) {
      const url = urls[clip];
      p =
        url === undefined || ctx === null
          ? Promise.resolve(null)
          : fetch(url)
              .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`clip ${clip}: HTTP ${r.status}`))))
              .then((data) => ctx.decodeAudioData(data))
              .catch(() => {
                buffers.delete(clip); // try again on the next call
                return null;
              });
      buffers.set(clip, p);
    }
    return p;
  };

  return {
    state,
    onStateChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async resume() {
      await ctx?.resume();
    },
    async play(clips) {
      if (ctx === null || ctx.state !== 'running') return false;
      const decoded = (await Promise.all(clips.map(load))).filter((b): b is AudioBuffer => b !== null);
      if (decoded.length === 0 || ctx.state !== 'running') return false;
      let at = ctx.currentTime + LEAD_SECONDS;
      let last: AudioBufferSourceNode | null = null;
      for (const buffer of decoded) {
        const source = ctx.createBufferSource();
        source.buffer = buffer;
        source.connect(ctx.destination);
        source.start(at);
        at += buffer.duration;
        last = source;
      }
      const end = last;
      const seconds = at - ctx.currentTime;
      await new Promise<void>((resolve) => {
        if (end === null) return resolve();
        end.addEventListener('ended', () => resolve(), { once: true });
        // A context suspended mid-call never ends its sources: the next call must not wait for it forever.
        setTimeout(resolve, (seconds + 2) * 1000);
      });
      return true;
    },
  };
}
