import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { comparable, fixtureNames, fixturePath } from './helpers';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (args: string[], input?: Buffer | string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(pkg, 'src/cli.ts'), ...args], { cwd: pkg, input, encoding: 'utf8', timeout: 30_000 });

describe('cli', () => {
  it('prints exactly the JSON of each fixture (2-space indent) and exits 0', () => {
    for (const name of fixtureNames()) {
      const r = run([fixturePath(name, '.txt')]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.startsWith('{\n  "issuer"')).toBe(true);
      const expected = JSON.parse(readFileSync(fixturePath(name, '.expected.json'), 'utf8'));
      expect(comparable(JSON.parse(r.stdout))).toEqual(comparable(expected));
    }
  }, 60_000);

  it('reads standard input with "-"', () => {
    const text = readFileSync(fixturePath(fixtureNames()[0] ?? '', '.txt'), 'utf8');
    const r = run(['-'], text);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).symbol).toBe('STTTT-TTBCXB');
  });

  it('parses an empty file (exit 0, nulls and a warning)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parser-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = run([join(dir, 'empty.txt')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).warnings.length).toBeGreaterThan(0);
  });

  it.each([
    ['a missing file', () => ['/nonexistent/directive.txt']],
    ['a directory', () => [pkg]],
    ['no argument', () => []],
  ])('exits 1 with one line on stderr for %s', (_what, args) => {
    const r = run(args());
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 for binary data and for invalid UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parser-cli-'));
    const bin = join(dir, 'image.png');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('S\xf3: 12/STTTT', 'latin1'));
    for (const f of [bin, latin1]) {
      const r = run([f]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const r = run(['-'], Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    expect(r.status).toBe(1);
  });
});
