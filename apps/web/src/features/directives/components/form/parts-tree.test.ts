import { describe, expect, it } from 'vitest';
import { newPart } from './draft';
import type { PartDraft } from './draft';
import { addChild, errorPath, movePart, removePart, updatePart } from './parts-tree';

const part = (title: string, parts: PartDraft[] = []): PartDraft => ({ ...newPart(), title, parts });
const titles = (parts: PartDraft[]): unknown => parts.map((p) => (p.parts.length ? [p.title, titles(p.parts)] : p.title));

describe('parts tree', () => {
  const tree = [part('1', [part('1.a'), part('1.b')]), part('2')];

  it('adds at the root and under a part', () => {
    expect(titles(addChild(tree, [], part('3')))).toEqual([['1', ['1.a', '1.b']], '2', '3']);
    expect(titles(addChild(tree, [1], part('2.a')))).toEqual([['1', ['1.a', '1.b']], ['2', ['2.a']]]);
  });

  it('moves a part among its siblings and not past the ends', () => {
    expect(titles(movePart(tree, [0, 1], -1))).toEqual([['1', ['1.b', '1.a']], '2']);
    expect(titles(movePart(tree, [1], 1))).toEqual(titles(tree));
  });

  it('updates and removes deep parts without touching the rest', () => {
    const updated = updatePart(tree, [0, 0], { title: '1.a*' });
    expect(titles(updated)).toEqual([['1', ['1.a*', '1.b']], '2']);
    expect(updated[1]).toBe(tree[1]);
    expect(titles(removePart(tree, [0, 0]))).toEqual([['1', ['1.b']], '2']);
  });

  it('names a part the way the server names field errors', () => {
    expect(errorPath([0, 2])).toBe('parts.0.parts.2');
  });
});
