import { t } from '../../../i18n/t';

/** "n/m sub-units done" for an item passed on. */
export function DelegatedBadge({ delegated }: { delegated: { done: number; total: number } | null | undefined }) {
  if (!delegated || delegated.total === 0) return null;
  const complete = delegated.done === delegated.total;
  return (
    <span className={`badge delegated-badge${complete ? ' is-complete' : ''}`} data-testid="delegated-badge">
      {t('delegation.itemBadge', { done: delegated.done, total: delegated.total })}
    </span>
  );
}
