import { useId } from 'react';
import type { OrgChangePreview } from '@dondoc/schemas';
import { Empty } from '../../../components/status';
import { t } from '../../../i18n/t';

type Split = OrgChangePreview['splits'][number];

/** A former commune shared between new ones: which of them takes its open work and its people. */
export function PreviewSplits({ splits, picked, onPick }: { splits: readonly Split[]; picked: Record<string, string>; onPick: (code: string, commune: string) => void }) {
  const id = useId();
  if (splits.length === 0) return <Empty>{t('orgChange.splits.none')}</Empty>;
  return (
    <>
      <p className="muted">{t('orgChange.splits.intro')}</p>
      <div className="split-list">
        {splits.map((s) => {
          const value = picked[s.code] ?? s.chosen ?? s.suggested ?? '';
          return (
            <fieldset key={s.code} className={`split${s.needed && !value ? ' needs-choice' : ''}`} data-testid="split">
              <legend>
                {s.name}
                {s.district ? <span className="muted small"> · {s.district}</span> : null}
              </legend>
              <p className="muted small">{s.needed ? t('orgChange.splits.needed') : t('orgChange.splits.optional')}</p>
              {s.options.map((o) => (
                <label key={o} className="check split-option">
                  <input type="radio" name={`${id}-${s.code}`} value={o} checked={value === o} onChange={() => onPick(s.code, o)} />
                  <span>{o}</span>
                  {o === s.suggested ? <span className="badge badge-ok">{t('orgChange.splits.suggested')}</span> : null}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </>
  );
}

export function PreviewUncovered({ units }: { units: OrgChangePreview['uncovered'] }) {
  if (units.length === 0) return <Empty>{t('orgChange.uncovered.none')}</Empty>;
  return (
    <>
      <p className="muted">{t('orgChange.uncovered.intro')}</p>
      <ul className="plain-list columns-list">
        {units.map((u) => (
          <li key={u.code}>{u.name}</li>
        ))}
      </ul>
    </>
  );
}

export function PreviewUsers({ users }: { users: OrgChangePreview['users'] }) {
  if (users.length === 0) return <Empty>{t('orgChange.users.none')}</Empty>;
  return (
    <ul className="plain-list user-moves">
      {users.map((u) => (
        <li key={u.username} data-testid="user-move">
          <span>
            <strong>{u.fullName}</strong> <code>{u.username}</code>
          </span>
          <span className="muted small">
            {u.to ? t('orgChange.users.moved', { from: u.from.name, to: u.to.name }) : t('orgChange.users.locked', { from: u.from.name })}
          </span>
        </li>
      ))}
    </ul>
  );
}
