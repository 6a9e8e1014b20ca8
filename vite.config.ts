import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer as a plain web build, served by the browser host (and used by e2e tests).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist-web', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
});
