import { ErrorMessage, Loading } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useUnitHistory } from '../api/get-unit-history';
import { EventKindBadge, EventUnits } from './unit-event-parts';

/** One unit's life: when it was valid, the names it had, and the events that touched it. */
export function UnitHistoryView({ unitId }: { unitId: number }) {
  const history = useUnitHistory(unitId);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorMessage error={history.error} />;
  const { unit, formerNames, events } = history.data;

  return (
    <div className="unit-history" data-testid="unit-history">
      <p className="unit-history-name">{unit.name}</p>
      <p className="muted">
        {unit.validFrom ? t('unitHistory.validFrom', { date: formatDate(unit.validFrom) }) : null}
        {unit.validTo ? ` ${t('unitHistory.validTo', { date: formatDate(unit.validTo) })}` : ` ${t('unitHistory.stillValid')}`}
      </p>

      <h3>{t('unitHistory.formerNames')}</h3>
      {formerNames.length ? (
        <ul className="former-names">
          {formerNames.map((n) => (
            <li key={`${n.name}-${n.validTo}`} data-testid="former-name">
              <span className="former-name">{n.name}</span>
              <span className="muted small"> {t('unitHistory.nameUntil', { date: formatDate(n.validTo) })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('unitHistory.noFormerNames')}</p>
      )}

      <h3>{t('unitHistory.events')}</h3>
      {events.length ? (
        <ol className="history-events">
          {events.map((e) => (
            <li key={e.id} className="history-event">
              <p className="history-event-head">
                <span className="nowrap">{formatDate(e.effectiveOn)}</span> <EventKindBadge kind={e.kind} />
                {e.tasksMoved ? <span className="muted small"> · {t('unitHistory.tasksMoved', { n: e.tasksMoved })}</span> : null}
              </p>
              <EventUnits event={e} />
              <p className="small history-event-basis">{t('unitHistory.basis', { basis: e.legalBasis })}</p>
              {e.note ? <p className="muted small">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('unitHistory.noEvents')}</p>
      )}
    </div>
  );
}
