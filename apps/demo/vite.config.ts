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
      // `simulateWorkforce` loads piscina and Node modules lazily, only when it starts worker
      // threads; the page never does (it projects with compareScenarios), so they stay external.
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
