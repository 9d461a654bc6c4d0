import { Link } from '@tanstack/react-router';
import type { IntakeResult } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { DirectiveStatusBadge } from '../../directives/components/directive-status-badge';

type Props = Pick<IntakeResult, 'duplicates' | 'warnings'>;

/** What staff must look at before anything else: a possible double entry, and what the parser was unsure of. */
export function IntakeNotices({ duplicates, warnings }: Props) {
  return (
    <>
      {duplicates.length ? (
        <div className="notice notice-warning" role="alert" data-testid="intake-duplicates">
          <p className="notice-title">{t('intake.duplicates')}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link to="/directives/$directiveId" params={{ directiveId: String(d.id) }} target="_blank">
                  {d.number ? `${d.number} · ` : ''}
                  {t('directive.subjectLine', { subject: d.subject })}
                </Link>{' '}
                <DirectiveStatusBadge status={d.status} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {warnings.length ? (
        <div className="notice notice-warning" data-testid="intake-warnings">
          <p className="notice-title">{t('intake.warnings', { n: warnings.length })}</p>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
