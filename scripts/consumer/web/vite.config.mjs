// The consumer's own Vite build: nothing project-specific, so it shows what a user's app needs.
export default { build: { target: 'es2022' }, logLevel: 'error' }
