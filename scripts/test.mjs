// `pnpm test`: every suite — typecheck, lint, unit and API tests, end-to-end in Chromium.
import fs from 'node:fs';
import { ensurePnpmOnPath, must, pnpm, run } from './run.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `\n✗ Không tìm thấy Chromium tại ${CHROMIUM}.\n` +
        '  Cài đặt: sudo apt-get install -y --no-install-recommends chromium fonts-liberation2\n' +
        '  (hoặc đặt CHROMIUM_PATH trỏ tới trình duyệt Chromium có sẵn), rồi chạy lại.',
    );
    process.exit(1);
  }
  console.log('Chromium chưa có: cài từ kho Debian…');
  must(run('apt-get', ['update', '-qq']), 'apt-get update');
  must(run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation2']), 'Cài Chromium');
}

fs.mkdirSync('.tmp', { recursive: true });
ensureChromium();
ensurePnpmOnPath();
must(pnpm(['install', '--frozen-lockfile']), 'Cài đặt thư viện');
must(pnpm(['run', 'typecheck']), 'Kiểm tra kiểu (typecheck)');
must(pnpm(['run', 'lint']), 'Kiểm tra mã (lint)');
const unit = pnpm(['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json']);
must(pnpm(['run', 'build']), 'Biên dịch');
const e2e = pnpm(['--filter', '@dondoc/e2e', 'exec', 'playwright', 'test'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: '../.tmp/playwright.json' },
});

// One closing line for every suite together, in the plain form CI reads.
let passed = 0;
let failed = 0;
try {
  const v = JSON.parse(fs.readFileSync('.tmp/vitest.json', 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
} catch {
  failed += 1;
}
try {
  const p = JSON.parse(fs.readFileSync('.tmp/playwright.json', 'utf8'));
  passed += p.stats.expected;
  failed += p.stats.unexpected + (p.stats.flaky ?? 0);
} catch {
  failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(unit !== 0 || e2e !== 0 || failed > 0 ? 1 : 0);
