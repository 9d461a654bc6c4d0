import type { PartDraft } from './draft';

/** A part's place in the tree: indexes from the root ([0, 2] = third child of the first part). */
export type PartPath = readonly number[];

/** Applies fn to the list that holds the part at `path` (its parent's children). */
function editSiblings(parts: PartDraft[], path: PartPath, fn: (siblings: PartDraft[], index: number) => PartDraft[]): PartDraft[] {
  const [head, ...rest] = path;
  if (head === undefined) return parts;
  if (rest.length === 0) return fn(parts, head);
  return parts.map((p, i) => (i === head ? { ...p, parts: editSiblings(p.parts, rest, fn) } : p));
}

export const updatePart = (parts: PartDraft[], path: PartPath, patch: Partial<PartDraft>): PartDraft[] =>
  editSiblings(parts, path, (siblings, i) => siblings.map((p, j) => (j === i ? { ...p, ...patch } : p)));

export const removePart = (parts: PartDraft[], path: PartPath): PartDraft[] =>
  editSiblings(parts, path, (siblings, i) => siblings.filter((_, j) => j !== i));

export const movePart = (parts: PartDraft[], path: PartPath, delta: -1 | 1): PartDraft[] =>
  editSiblings(parts, path, (siblings, i) => {
    const j = i + delta;
    const a = siblings[i];
    const b = siblings[j];
    if (!a || !b) return siblings;
    const next = [...siblings];
    next[i] = b;
    next[j] = a;
    return next;
  });

export const addChild = (parts: PartDraft[], path: PartPath, child: PartDraft): PartDraft[] =>
  path.length === 0
    ? [...parts, child]
    : editSiblings(parts, path, (siblings, i) =>
        siblings.map((p, j) => (j === i ? { ...p, parts: [...p.parts, child] } : p)),
      );

/** "parts.0.parts.2": the path the server uses in its field errors. */
export const errorPath = (path: PartPath): string => path.map((i) => `parts.${i}`).join('.');
