import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The renderer as a plain web build, served by the browser host (and used by e2e tests): the app, and the print page
// Electron prints PDFs from (renderer/print/print-main.ts; built here too so Chromium can print it in the e2e test).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // The call board's voice clips stay files: a data: URL would be refused by the CSP's connect-src.
    assetsInlineLimit: (file: string) => (file.endsWith('.wav') ? false : undefined),
    rolldownOptions: { input: { index: resolve(root, 'renderer/index.html'), print: resolve(root, 'renderer/print.html') } },
  },
});
