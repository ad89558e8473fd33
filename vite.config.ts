import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { basemapAssets } from './scripts/vite-basemap-assets.js';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  // Relative asset URLs: the same build loads from app:// (Electron), file:// and http://127.0.0.1.
  base: './',
  plugins: [react(), basemapAssets(fileURLToPath(new URL('./resources', import.meta.url)))],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    // Playwright specs (test/e2e) run under @playwright/test, never vitest.
    include: [
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/reliability/**/*.test.ts',
      'test/fuzz/**/*.test.ts',
    ],
    globalSetup: ['test/setup/build-renderer.ts'],
    testTimeout: 20_000,
    // Start-up hooks open real databases and load the shell; a loaded CI machine needs the headroom.
    hookTimeout: 60_000,
  },
});
