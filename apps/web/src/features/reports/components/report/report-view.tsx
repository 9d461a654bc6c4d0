import type { FigureFieldOut, FigureValue, OutlineSectionOut, ReportDetail } from '@dondoc/schemas';
import { t } from '../../../../i18n/t';
import { FilesField } from '../files-field';
import { formatFigure } from '../labels';

type Content = { nothingToReport: boolean; explanation: string | null; narrative: Record<string, string>; figures: Record<string, FigureValue>; lateReason: string | null };

/** A report's content, read only: a sent one awaiting review, an accepted one, or one version of it. */
export function ReportContentView({ content: c, outline, fields }: { content: Content; outline: readonly OutlineSectionOut[]; fields: readonly FigureFieldOut[] }) {
  return (
    <div className="report-content">
      {c.lateReason ? (
        <p className="notice notice-warning pre-wrap" data-testid="late-reason">
          {t('rep.lateReasonShown', { reason: c.lateReason })}
        </p>
      ) : null}
      {c.nothingToReport ? (
        <section className="report-section" aria-labelledby="nothing-heading">
          <h2 id="nothing-heading">{t('rep.nothing')}</h2>
          <p className="pre-wrap">{c.explanation ?? t('common.dash')}</p>
        </section>
      ) : (
        <>
          {outline.map((s) => (
            <section key={s.key} className="report-section" aria-labelledby={`view-${s.key}`}>
              <h2 id={`view-${s.key}`}>{s.title}</h2>
              {(c.narrative[s.key] ?? '').trim() ? <p className="pre-wrap section-text">{c.narrative[s.key]}</p> : <p className="muted">{t('rep.sectionEmpty')}</p>}
            </section>
          ))}
          {fields.length ? <FiguresTable fields={fields} figures={c.figures} /> : null}
        </>
      )}
    </div>
  );
}

export function FiguresTable({ fields, figures }: { fields: readonly FigureFieldOut[]; figures: Record<string, FigureValue> }) {
  return (
    <section className="report-section" aria-labelledby="figures-view-heading">
      <h2 id="figures-view-heading">{t('rep.figures')}</h2>
      <div className="table-wrap">
        <table role="table" className="table figures-table" aria-label={t('rep.figures')}>
          <thead>
            <tr>
              <th scope="col">{t('rep.figure.name')}</th>
              <th scope="col" className="num">
                {t('rep.figure.value')}
              </th>
              <th scope="col">{t('rep.figure.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.key} data-testid="figure-row" data-field={f.key}>
                <th scope="row">{f.name}</th>
                <td className={f.type === 'number' ? 'num' : undefined}>{formatFigure(figures[f.key])}</td>
                <td>{f.unit ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The unit's own report once it cannot change it: sent and awaiting review, accepted, or its request closed. */
export function ReportView({ report: r }: { report: ReportDetail }) {
  return (
    <>
      <ReportContentView content={r} outline={r.request.outline} fields={r.request.fields} />
      <FilesField owner={{ reportId: r.id }} files={r.files} editable={false} legend={t('rfile.reportLegend')} />
      {r.request.files.length ? <FilesField owner={{ requestId: r.request.id }} files={r.request.files} editable={false} legend={t('rfile.requestFilesForUnit')} /> : null}
    </>
  );
}
