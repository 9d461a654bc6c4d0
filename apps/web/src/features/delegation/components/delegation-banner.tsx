import type { TaskWithItems } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import '../delegation.css';

/** On a sub-task: who passed it on, and what they wrote. */
export function DelegationBanner({ task }: { task: TaskWithItems }) {
  if (!task.delegation) return null;
  const { from, note } = task.delegation;
  return (
    <p className="notice notice-info delegation-banner" data-testid="delegation-banner">
      {note ? t('delegation.bannerWithNote', { unit: from.name, note }) : t('delegation.banner', { unit: from.name })}
    </p>
  );
}
