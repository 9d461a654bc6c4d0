import { useMemo, useState } from 'react';
import type { OrgChangeInput } from '@dondoc/schemas';
import { useDebounced } from '../../../lib/use-debounced';
import { useOrgChangePreview } from '../api/get-org-change-preview';
import { suggestionsOf } from './plan';

export type Choices = { splits: Record<string, string>; tasks: Record<string, string> };

const NONE: Choices = { splits: {}, tasks: {} };

/**
 * The staff's choices and the server's plan for them. Every change of choice asks the server
 * again (debounced), so what is on screen is always its plan; `settled` says the plan shown is
 * the one for the choices made, which is the only plan that may be applied.
 */
export function useChangeChoices(run: number, change: OrgChangeInput) {
  const [picked, setPicked] = useState<Choices>(NONE);
  const [suggested, setSuggested] = useState<Record<string, string> | null>(null);
  const choices = useMemo<Choices>(() => ({ splits: { ...suggested, ...picked.splits }, tasks: picked.tasks }), [suggested, picked]);
  const requested = useDebounced(choices, 400);
  const preview = useOrgChangePreview(run, change, requested);
  // The first plan names the suggestions; taking them in asks once more (state adjusted while rendering, no effect).
  if (preview.data && suggested === null) setSuggested(suggestionsOf(preview.data));

  const settled = requested === choices && !preview.isFetching && !preview.isPlaceholderData && suggested !== null;
  return {
    preview,
    choices,
    requested,
    settled,
    pickSplit: (code: string, commune: string) => setPicked((c) => ({ ...c, splits: { ...c.splits, [code]: commune } })),
    pickTasks: (taskIds: readonly number[], unitCode: string) =>
      setPicked((c) => {
        const tasks = { ...c.tasks };
        for (const id of taskIds) {
          if (unitCode) tasks[String(id)] = unitCode;
          else delete tasks[String(id)];
        }
        return { ...c, tasks };
      }),
  };
}
