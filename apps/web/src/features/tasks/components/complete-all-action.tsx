import { useState } from 'react';
import type { TaskWithItems } from '@dondoc/schemas';
import { errorText } from '../../../components/status';
import { t } from '../../../i18n/t';
import { useCompleteTask } from '../api/complete-task';

/** "Hoàn thành tất cả": one step for a unit that has carried out everything, after a confirmation naming how many items change. */
export function CompleteAllAction({ task }: { task: TaskWithItems }) {
  const [asking, setAsking] = useState(false);
  const complete = useCompleteTask(task.id);
  const left = task.itemsTotal - task.itemsDone;
  if (left <= 0) return null;
  if (!asking) {
    return (
      <div className="complete-all">
        <button type="button" className="btn" data-testid="complete-all" onClick={() => setAsking(true)}>
          {t('task.completeAll')}
        </button>
      </div>
    );
  }
  return (
    <div className="complete-all complete-all-confirm" role="group" aria-label={t('task.completeAll')}>
      <p>{t('task.completeAllConfirm', { n: left })}</p>
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="complete-all-confirm"
          disabled={complete.isPending}
          onClick={() => complete.mutate(undefined, { onSuccess: () => setAsking(false) })}
        >
          {complete.isPending ? t('common.saving') : t('task.completeAllYes')}
        </button>
        <button type="button" className="btn" onClick={() => setAsking(false)} disabled={complete.isPending}>
          {t('common.cancel')}
        </button>
      </div>
      {complete.isError ? (
        <p className="form-error" role="alert">
          {errorText(complete.error)}
        </p>
      ) : null}
    </div>
  );
}
