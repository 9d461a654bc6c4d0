import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ReportDetail } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../../components/form-field';
import { Modal } from '../../../../components/modal';
import { errorText } from '../../../../components/status';
import { isApiError, type FieldError } from '../../../../lib/api-client';
import { formatDate } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { useRequestExtension } from '../../api/request-extension';

const FORM_ID = 'extension-form';

const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** "Xin gia hạn": a later day and why; the department grants or refuses it. */
export function ExtensionDialog({ open, report, onClose }: { open: boolean; report: ReportDetail; onClose: () => void }) {
  const ask = useRequestExtension(report.id);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [local, setLocal] = useState<FieldError[]>([]);
  const min = dayAfter(report.deadline);

  const close = () => {
    ask.reset();
    setLocal([]);
    onClose();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    if (reason.trim().length < 3) problems.push({ path: 'reason', message: t('ext.reasonRequired') });
    if (!date || date < min) problems.push({ path: 'requestedDeadline', message: t('ext.dateLater', { date: formatDate(report.deadline) }) });
    setLocal(problems);
    if (problems.length) return;
    ask.mutate(
      { reason: reason.trim(), requestedDeadline: date },
      {
        onSuccess: () => {
          setReason('');
          setDate('');
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('ext.askTitle')}
      onClose={close}
      footer={
        <>
          <button type="button" className="btn" onClick={close} disabled={ask.isPending}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={FORM_ID} className="btn btn-primary" disabled={ask.isPending}>
            {t('ext.send')}
          </button>
        </>
      }
    >
      <FieldErrorsProvider value={local.length ? local : isApiError(ask.error) ? ask.error.fields : []}>
        <form id={FORM_ID} onSubmit={onSubmit} noValidate>
          <p>{t('ext.askText', { date: formatDate(report.deadline) })}</p>
          <Field label={t('ext.date')} path="requestedDeadline">
            {({ id, describedBy, invalid }) => (
              <input id={id} type="date" min={min} value={date} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setDate(e.target.value)} />
            )}
          </Field>
          <Field label={t('ext.reason')} path="reason">
            {({ id, describedBy, invalid }) => (
              <textarea id={id} rows={3} value={reason} maxLength={2000} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          {ask.isError ? (
            <p className="form-error" role="alert">
              {errorText(ask.error)}
            </p>
          ) : null}
        </form>
      </FieldErrorsProvider>
    </Modal>
  );
}
