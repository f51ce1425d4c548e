import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const nodeBuiltins = fileURLToPath(new URL('./src/web/node-builtins.ts', import.meta.url))

// The page imports the workspace packages by name; they resolve to their built `dist` (ESM),
// which `pnpm build` (turbo, `^build`) produces before this app is built.
export default defineConfig({
  base: './',
  // `@oneworkforce/projection` imports Node modules for its worker-thread Monte Carlo, which the
  // page never runs; stand-ins let the bundle load in the browser.
  resolve: { alias: { os: nodeBuiltins, url: nodeBuiltins, piscina: nodeBuiltins } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
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
