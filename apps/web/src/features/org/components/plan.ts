import type { OrgChangePreview, Unit } from '@dondoc/schemas';

type Option = { code: string; name: string };
export type SuccessorOptions = { created: Option[]; existing: Option[] };

/**
 * Choices the plan still waits for: each open task of an abolished unit with nowhere to go, and
 * each split commune with work or people (one choice covers all its tasks).
 */
export const missingChoicesOf = (p: Pick<OrgChangePreview, 'moves' | 'splits'>): number =>
  p.moves.filter((m) => m.choice === 'abolished' && m.to === null).length + p.splits.filter((s) => s.needed && !s.chosen).length;

/** Who may take over an abolished unit's work: a unit the change creates, or any active unit it keeps. */
export function successorOptions(preview: Pick<OrgChangePreview, 'created' | 'retired'>, active: readonly Unit[]): SuccessorOptions {
  const leaving = new Set(preview.retired.map((r) => r.unit.code));
  return {
    created: preview.created.map((u) => ({ code: u.code, name: u.name })),
    existing: active.filter((u) => !leaving.has(u.code) && !u.validTo).map((u) => ({ code: u.code, name: u.name })),
  };
}

/** Each split commune's suggested successor, preselected until someone picks another. */
export const suggestionsOf = (preview: Pick<OrgChangePreview, 'splits'>): Record<string, string> =>
  Object.fromEntries(preview.splits.flatMap((s) => (s.suggested ? [[s.code, s.suggested] as const] : [])));
