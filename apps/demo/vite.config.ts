import { defineConfig } from 'vite'

// The page imports the workspace packages by name; they resolve to their built `dist` (ESM),
// which `pnpm build` (turbo, `^build`) produces before this app is built.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // `simulateWorkforce` loads piscina and Node modules lazily, only under Node; in the page
      // (the range of outcomes) it starts Web Workers instead, from the package's
      // `new Worker(new URL('./simulation-web-worker.js', import.meta.url))`, which Vite bundles
      // as its own asset. So piscina and node: modules stay external and are never loaded.
      external: ['piscina', /^node:/],
      onwarn(warning, warn) {
        // zod's dist carries `/*#__PURE__*/` comments Rollup cannot place; they are harmless.
        if (warning.code === 'INVALID_ANNOTATION') return
        warn(warning)
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
