import fs from 'node:fs';

/** Removes the run's database folder made in playwright.config.ts. */
export default function globalTeardown(): void {
  const dir = process.env['DONDOC_E2E_DATA_DIR'];
  if (dir && dir.includes('dondoc-e2e-')) fs.rmSync(dir, { recursive: true, force: true });
}
