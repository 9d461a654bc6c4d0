import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { ReportExtension, ReportStatusRow } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { formatDate, formatDateTime, todayIso } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { reportQueryOptions } from '../api/get-report';
import { useDecideExtension } from '../api/request-extension';

/** Extensions units asked for on this request and not yet decided. */
export function ExtensionsPanel({ rows }: { rows: readonly ReportStatusRow[] }) {
  const asking = rows.filter((r) => r.pendingExtension);
  const reports = useQueries({ queries: asking.map((r) => reportQueryOptions(r.reportId)) });
  if (asking.length === 0) return null;
  return (
    <section className="extensions-panel" aria-labelledby="extensions-heading" data-testid="extensions-panel">
      <h2 id="extensions-heading">{t('ext.pendingTitle', { n: asking.length })}</h2>
      <ul className="extension-list">
        {asking.map((row, i) => {
          const ext = reports[i]?.data?.extensions.find((e) => e.status === 'pending');
          return (
            <li key={row.reportId} className="extension-card">
              <p className="extension-unit">{row.unit.name}</p>
              {ext ? <ExtensionDecision extension={ext} currentDeadline={row.deadline} /> : <p className="muted small">{t('common.loading')}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** One pending extension: what was asked and why, and the grant (with the day) or refusal (with a reason). */
export function ExtensionDecision({ extension: e, currentDeadline }: { extension: ReportExtension; currentDeadline: string }) {
  const decide = useDecideExtension();
  const [mode, setMode] = useState<'grant' | 'refuse' | null>(null);
  const [deadline, setDeadline] = useState(e.requestedDeadline);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);

  const onSubmit = (ev: FormEvent) => {
    ev.preventDefault();
    if (mode === 'refuse' && !note.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    decide.mutate({
      extensionId: e.id,
      body: mode === 'grant' ? { decision: 'grant', deadline, note: note.trim() || null } : { decision: 'refuse', note: note.trim() },
    });
  };

  return (
    <div className="extension" data-testid="extension">
      <p>
        {t('ext.asked', { who: e.requestedBy.fullName, at: formatDateTime(e.requestedAt), date: formatDate(e.requestedDeadline), current: formatDate(currentDeadline) })}
      </p>
      <p className="extension-reason">{t('ext.reasonShown', { reason: e.reason })}</p>
      {mode === null ? (
        <div className="actions">
          <button type="button" className="btn btn-small btn-primary" onClick={() => setMode('grant')}>
            {t('ext.grant')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setMode('refuse')}>
            {t('ext.refuse')}
          </button>
        </div>
      ) : (
        <FieldErrorsProvider value={isApiError(decide.error) ? decide.error.fields : []}>
          <form className="extension-form" onSubmit={onSubmit} noValidate>
            {mode === 'grant' ? (
              <Field label={t('ext.newDeadline')} path="deadline">
                {({ id, describedBy }) => (
                  <input id={id} type="date" value={deadline} min={todayIso()} aria-describedby={describedBy} onChange={(ev) => setDeadline(ev.target.value)} />
                )}
              </Field>
            ) : null}
            <Field label={mode === 'grant' ? t('ext.noteOptional') : t('ext.refuseReason')} path="note">
              {({ id, describedBy }) => (
                <textarea id={id} rows={2} value={note} maxLength={2000} aria-describedby={describedBy} aria-invalid={missing || undefined} onChange={(ev) => setNote(ev.target.value)} />
              )}
            </Field>
            {missing ? (
              <p className="field-error" role="alert">
                {t('ext.refuseReasonRequired')}
              </p>
            ) : null}
            {decide.isError ? (
              <p className="form-error" role="alert">
                {errorText(decide.error)}
              </p>
            ) : null}
            <div className="actions">
              <button type="submit" className="btn btn-small btn-primary" disabled={decide.isPending}>
                {mode === 'grant' ? t('ext.grantConfirm') : t('ext.refuseConfirm')}
              </button>
              <button type="button" className="btn btn-small" disabled={decide.isPending} onClick={() => setMode(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </FieldErrorsProvider>
      )}
    </div>
  );
}
