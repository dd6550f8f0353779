import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web host: the same renderer as the desktop, built as a static site served on localhost.
export default defineConfig({
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(__dirname, 'src/shared'),
      '@renderer': resolve(__dirname, 'src/renderer/src'),
    },
  },
  plugins: [react()],
  // Served from disk or localhost, never over a network: one larger chunk costs nothing.
  // LOTSBOK_DIST_WEB lets parallel e2e runs build into their own folders.
  build: {
    outDir: resolve(__dirname, process.env.LOTSBOK_DIST_WEB ?? 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
});
