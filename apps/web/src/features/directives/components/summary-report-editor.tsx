import { useState } from 'react';
import type { SummaryReport } from '@dondoc/schemas';
import { ErrorMessage, Loading, errorText } from '../../../components/status';
import { t } from '../../../i18n/t';
import { summaryDocumentUrl, useSaveSummaryReport, useSummaryReport } from '../api/summary-report';

/** The BÁO CÁO draft: its sections, number, date and signer; saved as a new version. */
export function SummaryReportEditor({ reportId }: { reportId: number }) {
  const report = useSummaryReport(reportId);
  if (report.isPending) return <Loading label={t('summary.creating')} />;
  if (report.isError) return <ErrorMessage error={report.error} />;
  // Keyed by version: after a save the form starts again from what the server kept.
  return <SummaryForm key={report.data.version} report={report.data} />;
}

function SummaryForm({ report }: { report: SummaryReport }) {
  const save = useSaveSummaryReport(report.id);
  const [number, setNumber] = useState(report.number ?? '');
  const [date, setDate] = useState(report.date);
  const [signer, setSigner] = useState(report.signer);
  const [sections, setSections] = useState(report.sections);

  const submit = () =>
    save.mutate({
      version: report.version,
      number,
      symbol: report.symbol,
      place: report.place,
      date,
      subject: report.subject,
      sections,
      signer,
      recipients: report.recipients,
    });

  return (
    <section className="summary-editor" aria-labelledby="summary-title" data-testid="summary-editor">
      <h2 id="summary-title">{t('summary.title')}</h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="form-row">
          <label>
            {t('summary.number')}
            <input value={number} onChange={(e) => setNumber(e.target.value)} />
          </label>
          <span className="muted">/{report.symbol}</span>
          <label>
            {t('summary.date')}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </label>
        </div>
        {sections.map((s, i) => (
          <label key={s.key} className="form-field">
            {s.title || t('summary.sectionUntitled')}
            <textarea
              value={s.body}
              onChange={(e) => setSections(sections.map((x, j) => (j === i ? { ...x, body: e.target.value } : x)))}
            />
          </label>
        ))}
        <div className="form-row">
          <label>
            {t('summary.signerAuthority')}
            <input value={signer.authority ?? ''} onChange={(e) => setSigner({ ...signer, authority: e.target.value || null })} />
          </label>
          <label>
            {t('summary.signerTitle')}
            <input value={signer.title} onChange={(e) => setSigner({ ...signer, title: e.target.value })} required />
          </label>
          <label>
            {t('summary.signerName')}
            <input value={signer.name} onChange={(e) => setSigner({ ...signer, name: e.target.value })} />
          </label>
        </div>
        {save.isError ? (
          <p className="form-error" role="alert">
            {errorText(save.error)}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
          <span className="muted" role="status">
            {t('summary.saved', { version: report.version })}
          </span>
          <a className="btn" href={summaryDocumentUrl(report.id, 'docx')} download data-testid="summary-docx">
            {t('summary.docx')}
          </a>
          <a className="btn" href={summaryDocumentUrl(report.id, 'pdf')} download>
            {t('summary.pdf')}
          </a>
          <a className="btn" href={summaryDocumentUrl(report.id, 'print')} target="_blank" rel="noreferrer">
            {t('summary.print')}
          </a>
        </div>
      </form>
    </section>
  );
}
