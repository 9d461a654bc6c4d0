import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two runs (e.g. two people's checkouts) share a machine.
const PORT = Number(process.env['E2E_PORT'] ?? 3210);

// A fresh database per run. The config is also loaded by worker processes: they inherit the
// folder through the environment instead of making one of their own.
process.env['DONDOC_E2E_DATA_DIR'] ??= fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-e2e-'));
const dataDir = process.env['DONDOC_E2E_DATA_DIR'];

export default defineConfig({
  testDir: './tests',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // scripts/test.mjs sets PLAYWRIGHT_JSON_OUTPUT_NAME to total every suite in one line.
  reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['list'], ['json']] : [['list']],
  globalTeardown: './global-teardown.ts',
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },
  webServer: {
    // Builds nothing: run `pnpm --filter @dondoc/api build` and `pnpm --filter @dondoc/web build` first.
    command: 'node ../apps/api/dist/server.js',
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_PASSWORD: 'demo123',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      // The suite signs in dozens of times a minute; the production limit would answer 429.
      LOGIN_MAX_PER_MINUTE: '1000',
    },
  },
});
