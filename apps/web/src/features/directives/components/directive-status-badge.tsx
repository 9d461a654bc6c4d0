import type { Directive } from '@dondoc/schemas';
import { t } from '../../../i18n/t';

export function DirectiveStatusBadge({ status }: { status: Directive['status'] }) {
  return (
    <span className={`badge directive-${status}`}>
      {status === 'draft' ? t('directive.status.draft') : t('directive.status.published')}
    </span>
  );
}
