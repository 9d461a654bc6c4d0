import { useState } from 'react';
import type { DelegateResult, TaskWithItems } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { useDelegationTargets } from '../api/get-delegation-targets';
import { DelegateDialog } from './delegate-dialog';
import '../delegation.css';

/** The "pass on to sub-units" button, shown only when the task's unit has units under it. */
export function DelegateAction({ task }: { task: TaskWithItems }) {
  const targets = useDelegationTargets(task.id);
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<DelegateResult | null>(null);
  if (!targets.data?.groups.some((g) => g.units.length > 0)) return null;
  return (
    <div className="delegate-action">
      <button type="button" className="btn" data-testid="delegate-button" onClick={() => setOpen(true)}>
        {t('delegation.open')}
      </button>
      {result ? (
        <p className="saved" role="status">
          {t('delegation.result', { created: result.created, extended: result.extended, unchanged: result.unchanged })}
        </p>
      ) : null}
      <DelegateDialog task={task} open={open} onClose={() => setOpen(false)} onDone={setResult} />
    </div>
  );
}
