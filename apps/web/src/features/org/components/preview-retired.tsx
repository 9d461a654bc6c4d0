import type { OrgChangePreview } from '@dondoc/schemas';
import { Disclosure } from '../../../components/disclosure';
import { Empty } from '../../../components/status';
import { t } from '../../../i18n/t';
import { retireReasonLabel } from './labels';
import type { RetireReason } from './labels';

type Retired = OrgChangePreview['retired'][number];

const order: RetireReason[] = ['district_abolished', 'merged', 'split'];

/** Units the change retires, by why: a district abolished, a commune merged, a commune split. */
export function PreviewRetired({ retired }: { retired: readonly Retired[] }) {
  if (retired.length === 0) return <Empty>{t('orgChange.retired.none')}</Empty>;
  return (
    <>
      {order.map((reason) => {
        const list = retired.filter((r) => r.reason === reason);
        if (!list.length) return null;
        return (
          <Disclosure
            key={reason}
            className="org-disclosure"
            initiallyOpen={reason === 'district_abolished'}
            summary={`${t(retireReasonLabel[reason])} (${list.length})`}
          >
            <ul className="retired-list">
              {list.map((r) => (
                <li key={r.unit.code} data-testid="retired">
                  <span className="retired-name">{r.unit.name}</span>
                  <span className="retired-to">
                    {r.successors.length
                      ? t('orgChange.retired.successors', { list: r.successors.map((s) => s.name).join('; ') })
                      : t('orgChange.retired.noSuccessor')}
                  </span>
                  {r.openTasks ? <span className="badge badge-warning">{t('orgChange.retired.openTasks', { n: r.openTasks })}</span> : null}
                </li>
              ))}
            </ul>
          </Disclosure>
        );
      })}
    </>
  );
}
