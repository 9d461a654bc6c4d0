import { Link } from '@tanstack/react-router';
import type { ReportRequest } from '@dondoc/schemas';
import { formatDate } from '../../../lib/format';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { RequestStatusBadge } from './badges';
import { FilesField } from './files-field';
import { contentsLabel, figureTypeLabel } from './labels';

const sourceText = (f: ReportRequest['fields'][number]): string => {
  if (!f.source) return t('common.dash');
  if (f.source.kind === 'quantity') return f.source.measure ? t('rr.source.quantityOf', { measure: f.source.measure }) : t('rr.source.quantity');
  return t(`rr.source.${f.source.kind}` as MessageKey);
};

/** A periodic request's rounds, newest first: each is a request of its own, with its units' reports. */
export function RoundsPanel({ request: r }: { request: ReportRequest }) {
  if (r.rounds.length === 0) return <p className="status status-empty">{t('rr.noRounds')}</p>;
  return (
    <ul className="round-list" data-testid="rounds">
      {r.rounds.map((round) => (
        <li key={round.id} className="round">
          <Link to="/reports/requests/$requestId" params={{ requestId: String(round.id) }} className="round-title">
            {t('rr.round', { round: round.roundKey })}
          </Link>
          <span className="muted">
            {t('rr.period', { from: formatDate(round.periodFrom), to: formatDate(round.periodTo) })} · {t('rr.deadlineShort', { date: formatDate(round.deadline) })}
          </span>
          <RequestStatusBadge status={round.status} />
        </li>
      ))}
    </ul>
  );
}

/** What was asked: the outline, the figures, attachments, who reports. */
export function RequestContent({ request: r, canManage }: { request: ReportRequest; canManage: boolean }) {
  return (
    <div className="request-content">
      <dl className="facts facts-plain">
        <div>
          <dt>{t('rr.fact.contents')}</dt>
          <dd>{t(contentsLabel[r.contents])}</dd>
        </div>
        <div>
          <dt>{t('rr.fact.delivery')}</dt>
          <dd>{r.delivery ?? t('common.dash')}</dd>
        </div>
      </dl>
      {r.note ? <p className="request-note">{r.note}</p> : null}

      <section aria-labelledby="outline-heading">
        <h2 id="outline-heading">{t('rr.form.outline')}</h2>
        {r.outline.length ? (
          <ol className="outline-view">
            {r.outline.map((s) => (
              <li key={s.key}>
                <strong>{s.title}</strong>
                {s.prompt ? <p className="muted small">{s.prompt}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('rr.noOutline')}</p>
        )}
      </section>

      <section aria-labelledby="fields-heading">
        <h2 id="fields-heading">{t('rr.form.fields')}</h2>
        {r.fields.length ? (
          <div className="table-wrap">
            <table role="table" className="table table-cards" aria-label={t('rr.form.fields')}>
              <thead>
                <tr>
                  <th scope="col">{t('rr.form.fieldName')}</th>
                  <th scope="col">{t('rr.form.fieldType')}</th>
                  <th scope="col">{t('rr.form.fieldUnit')}</th>
                  <th scope="col">{t('rr.form.fieldSource')}</th>
                </tr>
              </thead>
              <tbody>
                {r.fields.map((f) => (
                  <tr key={f.key}>
                    <td className="cell-main">
                      {f.name}
                      {f.choices?.length ? <span className="muted small"> ({f.choices.join('; ')})</span> : null}
                    </td>
                    <td data-label={t('rr.form.fieldType')}>{t(figureTypeLabel[f.type])}</td>
                    <td data-label={t('rr.form.fieldUnit')}>{f.unit ?? t('common.dash')}</td>
                    <td data-label={t('rr.form.fieldSource')}>{sourceText(f)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('rr.noFields')}</p>
        )}
      </section>

      <FilesField owner={{ requestId: r.id }} files={r.files} editable={canManage && r.status !== 'closed'} legend={t('rfile.requestLegend')} />

      <section aria-labelledby="recipients-heading">
        <h2 id="recipients-heading">{t('rr.recipientsTitle', { n: r.recipients.length })}</h2>
        <ul className="chips">
          {r.recipients.map((u) => (
            <li key={u.id} className="chip">
              <span className="chip-label" title={u.name}>
                {u.name}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
