import { useState } from 'react';
import type { SummaryReport, SummaryReportUpdateInput } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { ErrorMessage, Loading, errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { summaryDocumentUrl, useSaveSummaryReport, useSummaryReport } from '../api/summary-report';
import { SummaryReportRecipients } from './summary-report-recipients';
import { SummaryReportSections } from './summary-report-sections';

type Draft = Omit<SummaryReportUpdateInput, 'version' | 'number'> & { number: string };

const draftOf = (r: SummaryReport): Draft => ({
  number: r.number ?? '',
  symbol: r.symbol,
  place: r.place,
  date: r.date,
  subject: r.subject,
  sections: r.sections,
  signer: r.signer,
  recipients: r.recipients,
});

/**
 * The BÁO CÁO draft (Decree 30/2020 layout): every field of it, saved as a new version. Staff
 * edit it; a leader reads it and downloads its documents (the API refuses a leader's save).
 */
export function SummaryReportEditor({ reportId, readOnly = false }: { reportId: number; readOnly?: boolean }) {
  const report = useSummaryReport(reportId);
  if (report.isPending) return <Loading label={t('summary.creating')} />;
  if (report.isError) return <ErrorMessage error={report.error} />;
  // Keyed by version: after a save, or a reload after a conflict, the form starts from what the server kept.
  return <SummaryForm key={report.data.version} report={report.data} readOnly={readOnly} onReload={() => void report.refetch()} />;
}

function SummaryForm({ report, readOnly, onReload }: { report: SummaryReport; readOnly: boolean; onReload: () => void }) {
  const save = useSaveSummaryReport(report.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(report));
  const [dirty, setDirty] = useState(false);
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };
  const error = save.error;
  const conflict = isApiError(error) && error.status === 409;
  const fieldErrors = isApiError(error) && error.status === 400 ? error.fields : [];
  const text = (key: 'symbol' | 'place', label: string) => (
    <Field label={label} path={key}>
      {(c) => (
        <input id={c.id} aria-describedby={c.describedBy} aria-invalid={c.invalid || undefined} value={draft[key]} readOnly={readOnly} onChange={(e) => set({ [key]: e.target.value })} />
      )}
    </Field>
  );

  return (
    <section className="summary-editor" aria-labelledby="summary-title" data-testid="summary-editor">
      <h2 id="summary-title">{t('summary.title')}</h2>
      {readOnly ? <p className="muted" data-testid="summary-read-only">{t('summary.readOnly')}</p> : null}
      <FieldErrorsProvider value={fieldErrors}>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!readOnly) save.mutate({ version: report.version, ...draft });
          }}
        >
          <fieldset className="form-section">
            <legend>{t('summary.heading')}</legend>
            <div className="grid grid-4 summary-heading">
              <Field label={t('summary.number')} path="number" hint={readOnly ? undefined : t('summary.numberHint')}>
                {(c) => (
                  <input id={c.id} aria-describedby={c.describedBy} aria-invalid={c.invalid || undefined} value={draft.number} readOnly={readOnly} inputMode="numeric" onChange={(e) => set({ number: e.target.value })} data-testid="summary-number" />
                )}
              </Field>
              {text('symbol', t('summary.symbol'))}
              {text('place', t('summary.place'))}
              <Field label={t('summary.date')} path="date">
                {(c) => (
                  <input id={c.id} type="date" aria-describedby={c.describedBy} aria-invalid={c.invalid || undefined} value={draft.date} readOnly={readOnly} onChange={(e) => set({ date: e.target.value })} />
                )}
              </Field>
            </div>
            <Field label={t('summary.subject')} path="subject">
              {(c) => (
                <textarea id={c.id} aria-describedby={c.describedBy} aria-invalid={c.invalid || undefined} rows={2} value={draft.subject} readOnly={readOnly} onChange={(e) => set({ subject: e.target.value })} data-testid="summary-subject" />
              )}
            </Field>
          </fieldset>

          <SummaryReportSections sections={draft.sections} readOnly={readOnly} onChange={(sections) => set({ sections })} />

          <fieldset className="form-section">
            <legend>{t('summary.signer')}</legend>
            <div className="grid grid-3">
              <Field label={t('summary.signerAuthority')} path="signer.authority">
                {(c) => (
                  <input id={c.id} aria-describedby={c.describedBy} value={draft.signer.authority ?? ''} readOnly={readOnly} onChange={(e) => set({ signer: { ...draft.signer, authority: e.target.value || null } })} />
                )}
              </Field>
              <Field label={t('summary.signerTitle')} path="signer.title">
                {(c) => (
                  <input id={c.id} aria-describedby={c.describedBy} aria-invalid={c.invalid || undefined} value={draft.signer.title} readOnly={readOnly} onChange={(e) => set({ signer: { ...draft.signer, title: e.target.value } })} />
                )}
              </Field>
              <Field label={t('summary.signerName')} path="signer.name">
                {(c) => (
                  <input id={c.id} aria-describedby={c.describedBy} aria-invalid={c.invalid || undefined} value={draft.signer.name} readOnly={readOnly} onChange={(e) => set({ signer: { ...draft.signer, name: e.target.value } })} />
                )}
              </Field>
            </div>
          </fieldset>

          <SummaryReportRecipients recipients={draft.recipients} readOnly={readOnly} onChange={(recipients) => set({ recipients })} />

          {conflict ? (
            <div className="status status-error" role="alert" data-testid="summary-conflict">
              <p>{t('summary.conflict')}</p>
              <button type="button" className="btn" onClick={onReload}>
                {t('summary.reload')}
              </button>
            </div>
          ) : error ? (
            <p className="form-error" role="alert">
              {fieldErrors.length > 0 ? t('summary.fieldErrors') : errorText(error)}
            </p>
          ) : null}

          <div className="sticky-actions summary-actions">
            {readOnly ? null : (
              <button type="submit" className="btn btn-primary" disabled={save.isPending || conflict} data-testid="summary-save">
                {save.isPending ? t('common.saving') : t('common.save')}
              </button>
            )}
            <span className="muted" role="status" data-testid="summary-saved">
              {dirty && !readOnly ? t('summary.unsaved') : t('summary.savedAt', { at: formatDateTime(report.updatedAt) })}
            </span>
            <a className="btn" href={summaryDocumentUrl(report.id, 'docx')} download data-testid="summary-docx">
              {t('summary.docx')}
            </a>
            <a className="btn" href={summaryDocumentUrl(report.id, 'pdf')} download data-testid="summary-pdf">
              {t('summary.pdf')}
            </a>
            <a className="btn" href={summaryDocumentUrl(report.id, 'print')} target="_blank" rel="noreferrer">
              {t('summary.print')}
            </a>
          </div>
        </form>
      </FieldErrorsProvider>
    </section>
  );
}
