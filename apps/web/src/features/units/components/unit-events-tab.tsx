import { useState } from 'react';
import type { UnitEvent } from '@dondoc/schemas';
import { Empty, ErrorMessage, Loading } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useUnitEvents } from '../api/get-unit-events';
import { EventKindBadge, EventUnits } from './unit-event-parts';

const PAGE = 100;
const MAX = 500;

type Props = {
  /** Only the events of one applied change (from the list of applied changes). */
  changeId?: number | undefined;
  onClearChange: () => void;
};

/** "Lịch sử thay đổi": renames, mergers, splits, retirements and new units, newest first. */
export function UnitEventsTab({ changeId, onClearChange }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const events = useUnitEvents({ changeId, limit });

  return (
    <>
      <div className="toolbar">
        <p className="toolbar-text">{t('unitEvents.intro')}</p>
        {changeId ? (
          <p className="toolbar-text">
            <span className="badge">{t('unitEvents.ofChange', { id: changeId })}</span>{' '}
            <button type="button" className="btn btn-small" onClick={onClearChange}>
              {t('unitEvents.showAll')}
            </button>
          </p>
        ) : null}
      </div>
      {events.isPending ? (
        <Loading />
      ) : !events.data ? (
        <ErrorMessage error={events.error} />
      ) : events.data.length === 0 ? (
        <Empty>{t('unitEvents.empty')}</Empty>
      ) : (
        <>
          <p className="summary-line">{t('unitEvents.count', { n: events.data.length })}</p>
          <EventTable events={events.data} label={t('units.tab.history')} />
          {events.data.length >= limit && limit < MAX ? (
            <p className="actions">
              <button type="button" className="btn" disabled={events.isFetching} onClick={() => setLimit((n) => Math.min(MAX, n + PAGE * 2))}>
                {t('unitEvents.more')}
              </button>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

export function EventTable({ events, label }: { events: readonly UnitEvent[]; label: string }) {
  return (
    <div className="table-wrap">
      <table role="table" className="table table-cards event-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('unitEvents.col.date')}</th>
            <th scope="col">{t('unitEvents.col.kind')}</th>
            <th scope="col">{t('unitEvents.col.units')}</th>
            <th scope="col">{t('unitEvents.col.legalBasis')}</th>
            <th scope="col">{t('unitEvents.col.tasksMoved')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} data-testid="unit-event">
              <td data-label={t('unitEvents.col.date')} className="nowrap">
                {formatDate(e.effectiveOn)}
              </td>
              <td data-label={t('unitEvents.col.kind')}>
                <EventKindBadge kind={e.kind} />
              </td>
              <td className="cell-main">
                <EventUnits event={e} />
                {e.note ? <p className="muted small event-note">{e.note}</p> : null}
              </td>
              <td data-label={t('unitEvents.col.legalBasis')} className="event-basis">
                {e.legalBasis}
              </td>
              <td data-label={t('unitEvents.col.tasksMoved')} className="num">
                {e.tasksMoved}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
