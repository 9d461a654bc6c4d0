import type { UnitEvent } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { eventKindLabel } from './event-labels';

type Side = UnitEvent['predecessors'];

function Units({ units }: { units: Side }) {
  if (!units.length) return <span className="muted">{t('common.dash')}</span>;
  return (
    <ul className="event-units">
      {units.map((u, i) => (
        <li key={`${u.id ?? u.code}-${i}`}>
          {u.name}
          {u.partial ? <span className="muted small"> {t('unitEvent.partial')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function EventKindBadge({ kind }: { kind: UnitEvent['kind'] }) {
  return <span className={`badge event-kind event-kind-${kind}`}>{t(eventKindLabel[kind])}</span>;
}

/**
 * "A, B → C", each unit under the name it had then: a rename reads "old name → new name". A unit
 * linked to itself under one name is listed once.
 */
export function EventUnits({ event }: { event: UnitEvent }) {
  const same =
    event.predecessors.length === event.successors.length &&
    event.predecessors.every((p, i) => p.id !== null && p.id === event.successors[i]?.id && p.name === event.successors[i]?.name);
  if (same || !event.successors.length) return <Units units={event.predecessors.length ? event.predecessors : event.successors} />;
  if (!event.predecessors.length) return <Units units={event.successors} />;
  return (
    <div className="event-flow">
      <Units units={event.predecessors} />
      <span className="event-arrow">
        <span aria-hidden="true">→</span>
        <span className="sr-only">{t('unitEvent.becomes')}</span>
      </span>
      <Units units={event.successors} />
    </div>
  );
}
