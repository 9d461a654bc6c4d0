import { useMemo, useState } from 'react';
import type { OrgChangeInput } from '@dondoc/schemas';
import { ErrorMessage, Loading } from '../../../components/status';
import { Tabs } from '../../../components/tabs';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useUnits } from '../../units/api/get-units';
import { useApplyOrgChange } from '../api/apply-org-change';
import type { AppliedChange } from '../api/apply-org-change';
import { ApplyDialog } from './apply-dialog';
import { PreviewCommunes } from './preview-communes';
import { PreviewBars, PreviewFigures } from './preview-figures';
import { missingChoicesOf, successorOptions } from './plan';
import { PreviewMoves } from './preview-moves';
import { PreviewSplits, PreviewUncovered, PreviewUsers } from './preview-others';
import { PreviewRetired } from './preview-retired';
import { useChangeChoices } from './use-change-choices';

type TabKey = 'communes' | 'retired' | 'moves' | 'splits' | 'uncovered' | 'users';

type Props = { run: number; change: OrgChangeInput; onRestart: () => void; onApplied: (result: AppliedChange) => void };

/** Step 2: the server's plan for the change, the choices it needs, and the one button that applies it. */
export function ChangePreview({ run, change, onRestart, onApplied }: Props) {
  const { preview, choices, requested, settled, pickSplit, pickTasks } = useChangeChoices(run, change);
  const units = useUnits();
  const apply = useApplyOrgChange();
  const [tab, setTab] = useState<TabKey>('communes');
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const data = preview.data;
  const options = useMemo(() => (data ? successorOptions(data, units.data ?? []) : { created: [], existing: [] }), [data, units.data]);

  if (!data) {
    if (preview.isError) {
      return (
        <>
          <ChangeHeader change={change} onRestart={onRestart} />
          <ErrorMessage error={preview.error}>
            <button type="button" className="btn" onClick={() => void preview.refetch()}>
              {t('common.retry')}
            </button>
          </ErrorMessage>
        </>
      );
    }
    return (
      <>
        <ChangeHeader change={change} onRestart={onRestart} />
        <Loading label={t('orgChange.previewing')} />
      </>
    );
  }

  const missing = missingChoicesOf(data);
  const canApply = settled && data.problems.length === 0 && missing === 0 && !apply.isPending;
  const blocker = !settled
    ? t('orgChange.status.updating')
    : data.problems.length
      ? t('orgChange.status.problems', { n: data.problems.length })
      : missing
        ? t('orgChange.status.choices', { n: missing })
        : t('orgChange.status.ready');

  const onConfirm = () => {
    apply.mutate(
      { change, choices: requested, token: data.token },
      {
        onSuccess: onApplied,
        onError: (e) => {
          if (!isApiError(e) || e.status >= 500 || e.status === 0) return;
          // The plan no longer holds (someone changed the directory or open work, or choices are missing): show the new one.
          setConfirming(false);
          setNotice(e.code === 'STALE_PREVIEW' ? t('orgChange.apply.stale') : e.message);
          void preview.refetch();
        },
      },
    );
  };

  const tabs: { key: TabKey; label: string }[] = [
    { key: 'communes', label: t('orgChange.tab.communes', { n: data.communes.length }) },
    { key: 'retired', label: t('orgChange.tab.retired', { n: data.retired.length }) },
    { key: 'moves', label: t('orgChange.tab.moves', { n: data.moves.length }) },
    { key: 'splits', label: t('orgChange.tab.splits', { n: data.splits.length }) },
    { key: 'uncovered', label: t('orgChange.tab.uncovered', { n: data.uncovered.length }) },
    { key: 'users', label: t('orgChange.tab.users', { n: data.users.length }) },
  ];

  return (
    <>
      <ChangeHeader change={change} onRestart={onRestart} />
      {notice ? (
        <div className="notice notice-warning" role="alert" data-testid="org-change-notice">
          <p>{notice}</p>
        </div>
      ) : null}
      {data.problems.length ? (
        <div className="notice notice-error" role="alert" data-testid="org-problems">
          <p className="notice-title">{t('orgChange.problems', { n: data.problems.length })}</p>
          {/* Scrolls when long: focusable so the keyboard can scroll it too. */}
          <ul className="org-issue-list" tabIndex={0} aria-label={t('orgChange.problems', { n: data.problems.length })}>
            {data.problems.map((p, i) => (
              <li key={`${p.code}-${i}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {data.warnings.length ? (
        <div className="notice notice-warning" data-testid="org-warnings">
          <p className="notice-title">{t('orgChange.warnings', { n: data.warnings.length })}</p>
          <ul className="org-issue-list" tabIndex={0} aria-label={t('orgChange.warnings', { n: data.warnings.length })}>
            {data.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`}>{w.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {missing ? (
        <div className="notice notice-warning org-missing" data-testid="org-missing">
          <p>{t('orgChange.missing', { n: missing })}</p>
          <div className="actions">
            {data.moves.some((m) => m.choice === 'abolished' && m.to === null) ? (
              <button type="button" className="btn btn-small" onClick={() => setTab('moves')}>
                {t('orgChange.missing.moves')}
              </button>
            ) : null}
            {data.splits.some((s) => s.needed && !s.chosen) ? (
              <button type="button" className="btn btn-small" onClick={() => setTab('splits')}>
                {t('orgChange.missing.splits')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}

      <div className={`org-preview${settled ? '' : ' is-updating'}`} aria-busy={!settled}>
        <div className="org-overview">
          <PreviewFigures counts={data.counts} missingChoices={missing} />
          <PreviewBars counts={data.counts} />
        </div>
        <Tabs tabs={tabs} active={tab} onChange={setTab} label={t('orgChange.sections')} />
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
          {tab === 'communes' ? <PreviewCommunes communes={data.communes} /> : null}
          {tab === 'retired' ? <PreviewRetired retired={data.retired} /> : null}
          {tab === 'moves' ? <PreviewMoves moves={data.moves} options={options} picked={choices.tasks} onPick={pickTasks} onShowSplits={() => setTab('splits')} /> : null}
          {tab === 'splits' ? <PreviewSplits splits={data.splits} picked={choices.splits} onPick={pickSplit} /> : null}
          {tab === 'uncovered' ? <PreviewUncovered units={data.uncovered} /> : null}
          {tab === 'users' ? <PreviewUsers users={data.users} /> : null}
        </div>
      </div>

      <div className="sticky-actions org-apply-bar">
        <p className="form-status" role="status" data-testid="org-apply-status">
          {blocker}
        </p>
        <div className="actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={!canApply}
            onClick={() => {
              apply.reset();
              setNotice(null);
              setConfirming(true);
            }}
          >
            {t('orgChange.apply.open')}
          </button>
        </div>
      </div>
      <ApplyDialog open={confirming} preview={data} pending={apply.isPending} error={apply.error} onClose={() => setConfirming(false)} onConfirm={onConfirm} />
    </>
  );
}

function ChangeHeader({ change, onRestart }: { change: OrgChangeInput; onRestart: () => void }) {
  return (
    <section className="org-change-head" aria-label={t('orgChange.change')}>
      <dl className="facts">
        <div>
          <dt>{t('unitEvent.legalBasis')}</dt>
          <dd data-testid="org-change-basis">{change.legalBasis}</dd>
        </div>
        <div>
          <dt>{t('unitEvent.effectiveOn')}</dt>
          <dd>{formatDate(change.effectiveOn)}</dd>
        </div>
        {change.sourceName ? (
          <div>
            <dt>{t('orgChange.source')}</dt>
            <dd className="org-source">{change.sourceName}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('orgChange.districts')}</dt>
          <dd>{change.abolishDistricts ? t('orgChange.districts.abolished') : t('orgChange.districts.kept')}</dd>
        </div>
      </dl>
      <button type="button" className="btn btn-small" onClick={onRestart}>
        {t('orgChange.restart')}
      </button>
    </section>
  );
}
