import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { OrgChangeInput } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import type { AppliedChange } from '../api/apply-org-change';
import { AppliedChanges, AppliedResult } from './applied-changes';
import { ChangePreview } from './change-preview';
import { ChangeStart } from './change-start';
import '../org.css';

type Step = { kind: 'start' } | { kind: 'preview'; run: number; change: OrgChangeInput } | { kind: 'applied'; result: AppliedChange };

/** "Nhập thay đổi danh mục": a reform of the directory in, a checked plan out, applied in one step. */
export function OrgChangePage() {
  const [step, setStep] = useState<Step>({ kind: 'start' });
  // Each loaded change is a new run: its own preview, its own choices.
  const [run, setRun] = useState(0);
  const restart = () => setStep({ kind: 'start' });

  return (
    <div className={`page ${step.kind === 'preview' ? 'page-wide' : 'page-form'} org-change-page`}>
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/units">{t('nav.units')}</Link>
      </nav>
      <header className="page-header">
        <div>
          <h1>{t('orgChange.title')}</h1>
          <p className="page-subtitle">{t('orgChange.subtitle')}</p>
        </div>
      </header>
      {step.kind === 'start' ? (
        <>
          <ChangeStart
            onChange={(change) => {
              setRun((n) => n + 1);
              setStep({ kind: 'preview', run: run + 1, change });
            }}
          />
          <AppliedChanges />
        </>
      ) : step.kind === 'preview' ? (
        <ChangePreview key={step.run} run={step.run} change={step.change} onRestart={restart} onApplied={(result) => setStep({ kind: 'applied', result })} />
      ) : (
        <>
          <AppliedResult result={step.result} onRestart={restart} />
          <AppliedChanges />
        </>
      )}
    </div>
  );
}
