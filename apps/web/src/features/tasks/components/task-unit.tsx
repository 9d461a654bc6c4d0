import type { TaskSummary } from '@dondoc/schemas';
import { t } from '../../../i18n/t';

type Props = { task: Pick<TaskSummary, 'unit' | 'unitNameThen' | 'transferredFrom'>; short?: boolean };

/**
 * A task's unit as the directive named it: the name on the directive's date when it has been
 * renamed since (today's name secondary), and the unit it took the task over from after a merger.
 */
export function TaskUnitName({ task, short = false }: Props) {
  const current = short ? (task.unit.shortName ?? task.unit.name) : task.unit.name;
  return (
    <span className="task-unit">
      {task.unitNameThen ? (
        <>
          <span className="task-unit-then" data-testid="unit-name-then">
            {task.unitNameThen}
          </span>{' '}
          <span className="muted small task-unit-now">{t('task.unitNow', { name: current })}</span>
        </>
      ) : (
        <span>{current}</span>
      )}
      <TransferredFrom task={task} />
    </span>
  );
}

/** "Nhận chuyển giao từ: …" on a task a merger or split handed to this unit. */
export function TransferredFrom({ task }: { task: Pick<TaskSummary, 'transferredFrom'> }) {
  if (!task.transferredFrom) return null;
  return (
    <span className="muted small task-transferred" data-testid="transferred-from">
      {t('task.transferredFrom', { name: task.transferredFrom.name })}
    </span>
  );
}
