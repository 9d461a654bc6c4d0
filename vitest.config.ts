import { defineConfig } from 'vitest/config';

// One run over every package that has unit or API tests.
export default defineConfig({
  test: { projects: ['apps/api', 'packages/*', 'apps/web'] },
});
