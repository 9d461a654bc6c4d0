import { t } from '../i18n/t';

type Props = { done: number; total: number; testId?: string };

/** "3/5" with a bar; the text is what tests and screen readers read. */
export function ProgressBar({ done, total, testId }: Props) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress" title={t('progress.title', { done, total, pct })}>
      <div
        className="progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-label={t('progress.label')}
      >
        <div className={`progress-fill${pct === 100 ? ' is-complete' : ''}`} style={{ width: `${pct}%` }} />
      </div>
      <span className="progress-text" data-testid={testId}>
        {done}/{total}
      </span>
    </div>
  );
}
