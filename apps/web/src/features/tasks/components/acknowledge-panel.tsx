import type { TaskWithItems } from '@dondoc/schemas';
import { errorText } from '../../../components/status';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useAcknowledgeTask } from '../api/acknowledge-task';

export function AcknowledgePanel({ task, canAcknowledge }: { task: TaskWithItems; canAcknowledge: boolean }) {
  const ack = useAcknowledgeTask(task.id);
  if (task.receivedAt) {
    return (
      <p className="ack ack-done" role="status">
        {t('task.receivedAt', { at: formatDateTime(task.receivedAt) })}
      </p>
    );
  }
  if (!canAcknowledge) {
    return <p className="ack ack-pending">{t('task.notReceivedYet')}</p>;
  }
  return (
    <div className="ack ack-pending">
      <p>{t('task.ackPrompt')}</p>
      <button
        type="button"
        className="btn btn-primary"
        data-testid="ack-button"
        onClick={() => ack.mutate()}
        disabled={ack.isPending}
      >
        {ack.isPending ? t('common.saving') : t('task.ackButton')}
      </button>
      {ack.isError ? (
        <p className="form-error" role="alert">
          {errorText(ack.error)}
        </p>
      ) : null}
    </div>
  );
}
