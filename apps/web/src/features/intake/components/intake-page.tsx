import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { IntakeResult } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { IntakeReview } from './intake-review';
import { IntakeStart } from './intake-start';

/** "Nhập văn bản": a dispatch in, correct per-unit tasks out, in one screen. */
export function IntakePage() {
  const [result, setResult] = useState<IntakeResult | null>(null);
  // Each analysis gets a fresh review: a new file is a new draft.
  const [run, setRun] = useState(0);

  return (
    <div className={`page ${result ? 'page-wide' : 'page-form'}`}>
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/directives">{t('nav.directives')}</Link>
      </nav>
      {result ? (
        <IntakeReview key={run} result={result} onRestart={() => setResult(null)} />
      ) : (
        <>
          <header className="page-header">
            <div>
              <h1>{t('intake.title')}</h1>
              <p className="page-subtitle">{t('intake.subtitle')}</p>
            </div>
          </header>
          <IntakeStart
            onResult={(r) => {
              setRun((n) => n + 1);
              setResult(r);
            }}
          />
        </>
      )}
    </div>
  );
}
