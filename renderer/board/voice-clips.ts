/**
 * The URLs of the call board's voice clips (resources/voice/*.wav, made by `npm run voice:clips`), bundled as files of
 * our own origin by Vite: the page plays them offline, with no speech API and no network.
 */
const files = import.meta.glob<string>('../../resources/voice/*.wav', { query: '?url', import: 'default', eager: true });

export const VOICE_CLIP_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -'.wav'.length), url]),
);
