import { useId, useMemo } from 'react';
import type { OrgChangePreview, UnitBrief } from '@dondoc/schemas';
import { Empty } from '../../../components/status';
import { formatDate, formatDirectiveNumber } from '../../../lib/format';
import { t } from '../../../i18n/t';
import type { SuccessorOptions } from './plan';

type Move = OrgChangePreview['moves'][number];
type Group = { from: UnitBrief; moves: Move[] };

function groupByUnit(moves: readonly Move[]): Group[] {
  const groups = new Map<string, Group>();
  for (const m of moves) {
    const g = groups.get(m.from.code);
    if (g) g.moves.push(m);
    else groups.set(m.from.code, { from: m.from, moves: [m] });
  }
  // Units that need a choice first: that is where the work is.
  return [...groups.values()].sort((a, b) => Number(b.moves.some((m) => m.choice === 'abolished')) - Number(a.moves.some((m) => m.choice === 'abolished')));
}

function SuccessorSelect(props: { id: string; label: string; value: string; options: SuccessorOptions; onChange: (code: string) => void; testId?: string }) {
  return (
    <select id={props.id} aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
      <option value="">{t('orgChange.moves.choose')}</option>
      {props.options.created.length ? (
        <optgroup label={t('orgChange.moves.createdUnits')}>
          {props.options.created.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      <optgroup label={t('orgChange.moves.existingUnits')}>
        {props.options.existing.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </optgroup>
    </select>
  );
}

type Props = {
  moves: readonly Move[];
  options: SuccessorOptions;
  /** Task id → unit code, as picked on screen (the server's plan may still be on its way). */
  picked: Record<string, string>;
  onPick: (taskIds: readonly number[], unitCode: string) => void;
  onShowSplits: () => void;
};

/** Open tasks that change hands, per unit they leave; tasks of an abolished unit wait for a choice. */
export function PreviewMoves({ moves, options, picked, onPick, onShowSplits }: Props) {
  const id = useId();
  const groups = useMemo(() => groupByUnit(moves), [moves]);
  if (moves.length === 0) return <Empty>{t('orgChange.moves.none')}</Empty>;
  const abolished = moves.filter((m) => m.choice === 'abolished');
  const valueOf = (m: Move) => picked[String(m.taskId)] ?? m.to?.code ?? '';
  const common = (list: readonly Move[]) => {
    const values = new Set(list.map(valueOf));
    return values.size === 1 ? ([...values][0] ?? '') : '';
  };

  return (
    <div className="move-groups">
      {abolished.length > 1 ? (
        <div className="field move-bulk move-bulk-all">
          <label htmlFor={`${id}-all`}>{t('orgChange.moves.bulkAll', { n: abolished.length })}</label>
          <SuccessorSelect
            id={`${id}-all`}
            label={t('orgChange.moves.bulkAll', { n: abolished.length })}
            value={common(abolished)}
            options={options}
            onChange={(code) => onPick(abolished.map((m) => m.taskId), code)}
            testId="move-bulk-all"
          />
        </div>
      ) : null}
      {groups.map((g, gi) => {
        const choosable = g.moves.filter((m) => m.choice === 'abolished');
        return (
          <section key={g.from.code} className="move-group" data-testid="move-group" aria-labelledby={`${id}-${gi}`}>
            <header className="move-group-head">
              <h3 id={`${id}-${gi}`}>
                {g.from.name} <span className="muted small">{t('orgChange.moves.count', { n: g.moves.length })}</span>
              </h3>
              {choosable.length > 1 ? (
                <div className="field move-bulk">
                  <label htmlFor={`${id}-${gi}-bulk`}>{t('orgChange.moves.bulk', { n: choosable.length })}</label>
                  <SuccessorSelect
                    id={`${id}-${gi}-bulk`}
                    label={t('orgChange.moves.bulkLabel', { unit: g.from.name })}
                    value={common(choosable)}
                    options={options}
                    onChange={(code) => onPick(choosable.map((m) => m.taskId), code)}
                    testId="move-bulk"
                  />
                </div>
              ) : null}
            </header>
            <ul className="move-list">
              {g.moves.map((m) => {
                const value = valueOf(m);
                const missing = m.to === null && !(m.choice === 'abolished' && value);
                return (
                  <li key={m.taskId} className={`move${missing ? ' needs-choice' : ''}`} data-testid="move">
                    <p className="move-directive">
                      <span className="doc-number">{formatDirectiveNumber(m.directive)}</span>{' '}
                      <span className="move-subject">{m.directive.subject}</span>
                    </p>
                    <p className="muted small move-meta">
                      {m.parentTaskId ? `${t('orgChange.moves.subtask')} · ` : ''}
                      {t('orgChange.moves.progress', { done: m.itemsDone, total: m.itemsTotal })}
                      {m.deadline ? ` · ${t('orgChange.moves.deadline', { date: formatDate(m.deadline) })}` : ''}
                    </p>
                    <div className="move-to">
                      <span className="move-to-label">{t('orgChange.moves.to')}</span>
                      {m.choice === 'abolished' ? (
                        <SuccessorSelect
                          id={`${id}-t${m.taskId}`}
                          label={t('orgChange.moves.taskLabel', { subject: m.directive.subject })}
                          value={value}
                          options={options}
                          onChange={(code) => onPick([m.taskId], code)}
                        />
                      ) : m.to ? (
                        <strong>{m.to.name}</strong>
                      ) : (
                        <button type="button" className="btn btn-small" onClick={onShowSplits}>
                          {t('orgChange.moves.chooseSplit')}
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
