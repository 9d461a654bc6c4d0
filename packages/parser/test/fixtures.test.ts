import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../src/index';
import { comparable, contractErrors, fixtureNames, fixturePath, FIXTURES_DIR } from './helpers';

describe('fixtures', () => {
  const names = fixtureNames();

  it('finds the shared fixtures folder', () => {
    expect(FIXTURES_DIR.endsWith('/shared/fixtures/directives')).toBe(true);
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of names) {
    it(`${name} parses to its expected JSON`, () => {
      const text = readFileSync(fixturePath(name, '.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(fixturePath(name, '.expected.json'), 'utf8'));
      const got = parseDirective(text);
      expect(contractErrors(got)).toEqual([]);
      expect(comparable(got)).toEqual(comparable(expected));
    });
  }
});
