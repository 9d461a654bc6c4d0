import type { DelegationTargets } from '@dondoc/schemas';
import { unitKindLabel } from '../../../lib/unit-kind';
import { t } from '../../../i18n/t';

type Props = {
  groups: DelegationTargets['groups'];
  selected: ReadonlySet<number>;
  onChange: (next: Set<number>) => void;
};

/** Receiving units grouped by kind, each group with its own "select all", showing what each unit already holds. */
export function TargetPicker({ groups, selected, onChange }: Props) {
  const toggle = (ids: number[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  };
  if (!groups.length) return <p className="note">{t('delegation.noTargets')}</p>;
  return (
    <div className="delegate-groups">
      {groups.map((group) => {
        const ids = group.units.map((u) => u.id);
        const count = ids.filter((id) => selected.has(id)).length;
        return (
          <fieldset key={group.kind} className="delegate-group" data-testid={`target-group-${group.kind}`}>
            <legend>
              {t(unitKindLabel[group.kind])} <span className="muted">({group.units.length})</span>
            </legend>
            <label className="check check-all">
              <input
                type="checkbox"
                checked={count === ids.length}
                ref={(el) => {
                  if (el) el.indeterminate = count > 0 && count < ids.length;
                }}
                onChange={(e) => toggle(ids, e.target.checked)}
              />
              {t('delegation.selectAll')}
            </label>
            <ul className="check-list">
              {group.units.map((unit) => (
                <li key={unit.id}>
                  <label className="check">
                    <input type="checkbox" checked={selected.has(unit.id)} onChange={(e) => toggle([unit.id], e.target.checked)} />
                    <span>
                      {unit.name}
                      {unit.delegatedItemIds.length ? (
                        <span className="muted"> · {t('delegation.holds', { n: unit.delegatedItemIds.length })}</span>
                      ) : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
