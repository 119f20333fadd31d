import { defineConfig } from 'vitest/config';

/** One run over every workspace package; each keeps its own vitest config where it has one. */
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'infra'],
  },
});
