/**
 * A seeded pseudo-random source (mulberry32): the same seed builds the same province, so a
 * figure measured on generated data can be measured again on identical data.
 */
export type Random = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  /** k distinct entries, heavier weights more likely (Efraimidis–Spirakis). */
  weightedSample: <T>(list: readonly T[], weight: (t: T) => number, k: number) => T[];
};

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)] as (typeof list)[number],
    weightedSample: (list, weight, k) =>
      list
        .map((t) => ({ t, key: Math.pow(next(), 1 / Math.max(weight(t), 1e-9)) }))
        .sort((x, y) => y.key - x.key)
        .slice(0, k)
        .map((x) => x.t),
  };
}

const DAY = 86_400_000;
const utc = (d: string) => Date.parse(`${d}T00:00:00Z`);
export const addDays = (d: string, n: number) => new Date(utc(d) + n * DAY).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / DAY);
/** A moment on a Vietnamese calendar day (08:00–16:59 local, i.e. 01:00–09:59 UTC). */
export const atVn = (d: string, r: Random) => `${d}T0${r.int(1, 9)}:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`;
