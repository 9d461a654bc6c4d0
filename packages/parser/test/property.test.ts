/**
 * Property tests without extra libraries: a seeded PRNG mutilates the fixtures (truncation,
 * shuffled lines, binary garbage, 1 MB repetitions) and random text; parseDirective must never
 * throw, must return contract-valid JSON, and must stay fast.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../src/index';
import { comparable, contractErrors, fixtureNames, fixturePath, prng } from './helpers';

const fixtures = fixtureNames().map((n) => readFileSync(fixturePath(n, '.txt'), 'utf8'));

function timed(input: unknown): { d: ReturnType<typeof parseDirective>; ms: number } {
  const t0 = performance.now();
  const d = parseDirective(input as string);
  return { d, ms: performance.now() - t0 };
}

/** Parse, check the contract shape, and the time (measured again once if a busy machine made it slow). */
function check(input: unknown, maxMs = 2000): ReturnType<typeof parseDirective> {
  let { d, ms } = timed(input);
  if (ms >= maxMs) ({ d, ms } = timed(input));
  expect(ms).toBeLessThan(maxMs);
  expect(contractErrors(d)).toEqual([]);
  // plain JSON: survives a round trip unchanged (no undefined, NaN, cycles)
  expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  return d;
}

function pick<T>(rnd: () => number, xs: T[]): T {
  return xs[Math.floor(rnd() * xs.length)] as T;
}

function randomString(rnd: () => number, len: number): string {
  const pools = [
    'abcdefghijklmnopqrstuvwxyz ',
    'ĐđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ',
    '0123456789/-.,;:()|*_#<>[]{}"\'\\',
    '\n\n\r\t\f\u00a0\u200b\ufeff',
    'Số: V/v Kính gửi: Nơi nhận: KT. GIÁM ĐỐC 1. a) - + I. ngày tháng năm trước ngày ',
  ];
  let s = '';
  while (s.length < len) {
    const r = rnd();
    if (r < 0.08) s += String.fromCharCode(Math.floor(rnd() * 0x10000)); // any UTF-16 unit, lone surrogates included
    else {
      const pool = pick(rnd, pools);
      s += pool.charAt(Math.floor(rnd() * pool.length));
    }
  }
  return s;
}

function garbage(rnd: () => number, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += String.fromCharCode(Math.floor(rnd() * 256));
  return s;
}

function shuffle<T>(rnd: () => number, xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

describe('parseDirective never throws and returns the contract shape', () => {
  it('on empty and odd inputs', () => {
    for (const x of ['', ' ', '\n\n\n', '\u0000', '\ufeff', './.', 'Số:', 'Kính gửi:', 'Nơi nhận:', 'KT.', '1.', '-', '|', '||||', '*', undefined, null, 42, {}, []]) {
      check(x);
    }
    expect(check('').warnings.length).toBeGreaterThan(0);
  });

  it('on fixtures truncated at random points', () => {
    const rnd = prng(20201113);
    for (let k = 0; k < 60; k++) {
      const f = pick(rnd, fixtures);
      const a = Math.floor(rnd() * f.length);
      const b = a + Math.floor(rnd() * (f.length - a));
      check(rnd() < 0.5 ? f.slice(0, a) : f.slice(a, b));
    }
  });

  it('on fixtures with shuffled, dropped and duplicated lines', () => {
    const rnd = prng(1820);
    for (let k = 0; k < 40; k++) {
      let lines = pick(rnd, fixtures).split('\n');
      const op = k % 3;
      if (op === 0) lines = shuffle(rnd, lines);
      else if (op === 1) lines = lines.filter(() => rnd() > 0.3);
      else lines = lines.flatMap((l) => (rnd() < 0.2 ? [l, l, l] : [l]));
      check(lines.join('\n'));
    }
  });

  it('on fixtures with binary garbage injected', () => {
    const rnd = prng(76);
    for (let k = 0; k < 40; k++) {
      const f = pick(rnd, fixtures);
      let s = f;
      for (let j = 0; j < 1 + Math.floor(rnd() * 5); j++) {
        const at = Math.floor(rnd() * s.length);
        s = s.slice(0, at) + garbage(rnd, 1 + Math.floor(rnd() * 200)) + s.slice(at);
      }
      check(s);
    }
  });

  it('on random text made of directive vocabulary and arbitrary code units', () => {
    const rnd = prng(42);
    for (let k = 0; k < 60; k++) check(randomString(rnd, 1 + Math.floor(rnd() * 3000)));
  });

  it('on pure binary data', () => {
    const rnd = prng(7);
    for (let k = 0; k < 10; k++) check(garbage(rnd, 20000));
  });

  it('on fixtures repeated to 1 MB, within 2 s each', () => {
    parseDirective(fixtures[0] ?? ''); // warm up the regular expressions
    for (const f of fixtures) {
      const big = f.repeat(Math.ceil(1_000_000 / f.length));
      expect(big.length).toBeGreaterThanOrEqual(1_000_000);
      check(big, 2000);
    }
  }, 60_000);

  it('on 1 MB of pathological text (one line, bullets, spaces, dates, garbage), within 2 s each', () => {
    const rnd = prng(99);
    const units = [
      'tuyên truyền ', '- a\n', '1. Báo Lạng Sơn chủ trì trước ngày 12/12/2020.\n', ' ', '\n', '.', '| ', 'ngày ', 'của ',
      'Kế hoạch số 02-KH/TU ngày 13/11/2020 của Tỉnh ủy Lạng Sơn, ', 'SỞ THÔNG TIN\n', 'Lê Hải Yến\n', '*_*', '\t',
    ];
    for (const u of units) check(u.repeat(Math.ceil(1_000_000 / u.length)), 2000);
    check(garbage(rnd, 1_000_000), 2000);
  }, 60_000);

  it('is deterministic', () => {
    for (const f of fixtures) expect(parseDirective(f)).toEqual(parseDirective(f));
  });
});

describe('formatting-only changes do not change the parse', () => {
  const variants: [string, (s: string) => string][] = [
    ['CRLF line ends', (s) => s.replace(/\n/g, '\r\n')],
    ['a byte order mark', (s) => `\ufeff${s}`],
    ['trailing spaces and tabs', (s) => s.replace(/\n/g, ' \t\n')],
    ['NFD (decomposed) accents', (s) => s.normalize('NFD')],
    ['non-breaking spaces', (s) => s.replace(/ (?=\p{Lu})/gu, '\u00a0')],
    ['extra blank lines at the ends', (s) => `\n\n\n${s}\n\n\n`],
  ];
  for (const [what, f] of variants) {
    it(what, () => {
      for (const text of fixtures) expect(comparable(parseDirective(f(text)))).toEqual(comparable(parseDirective(text)));
    });
  }
});
