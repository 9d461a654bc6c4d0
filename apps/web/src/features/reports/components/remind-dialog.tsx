import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ManualReminderResult, ReportStatusRow } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { Modal } from '../../../components/modal';
import { errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { t } from '../../../i18n/t';
import { useSendReminder } from '../api/send-reminder';

type Props = { open: boolean; rows: ReportStatusRow[]; title: string; onClose: () => void; onSent: () => void };

const FORM_ID = 'remind-form';

/** "Đôn đốc": a message to every person of the chosen units about this request's report. */
export function RemindDialog({ open, rows, title, onClose, onSent }: Props) {
  const send = useSendReminder();
  const [message, setMessage] = useState(() => t('rr.remind.defaultMessage', { title }));
  const [result, setResult] = useState<ManualReminderResult | null>(null);
  const listId = useId();

  const close = () => {
    send.reset();
    setResult(null);
    onClose();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(
      { reportIds: rows.map((r) => r.reportId), message: message.trim() },
      {
        onSuccess: (r) => {
          setResult(r);
          onSent();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('rr.remind.title')}
      onClose={close}
      footer={
        result ? (
          <button type="button" className="btn btn-primary" onClick={close}>
            {t('common.close')}
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={close} disabled={send.isPending}>
              {t('common.cancel')}
            </button>
            <button type="submit" form={FORM_ID} className="btn btn-primary" disabled={send.isPending || rows.length === 0 || !message.trim()}>
              {send.isPending ? t('rr.remind.sending') : t('rr.remind.send', { n: rows.length })}
            </button>
          </>
        )
      }
    >
      {result ? (
        <div className="notice notice-ok" role="status" data-testid="remind-result">
          <p>{t('rr.remind.sent', { notifications: result.notifications, emails: result.emails })}</p>
          {result.skipped ? <p>{t('rr.remind.skipped', { n: result.skipped })}</p> : null}
        </div>
      ) : (
        <FieldErrorsProvider value={isApiError(send.error) ? send.error.fields : []}>
          <form id={FORM_ID} onSubmit={onSubmit} noValidate>
            <p id={listId} className="field-hint">
              {t('rr.remind.to', { n: rows.length })}
            </p>
            <ul className="chips remind-units" aria-labelledby={listId}>
              {rows.map((r) => (
                <li key={r.reportId} className="chip">
                  <span className="chip-label">{r.unit.shortName ?? r.unit.name}</span>
                </li>
              ))}
            </ul>
            <Field label={t('rr.remind.message')} path="message" hint={t('rr.remind.messageHint')}>
              {({ id, describedBy, invalid }) => (
                <textarea id={id} rows={4} value={message} maxLength={2000} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setMessage(e.target.value)} />
              )}
            </Field>
            {send.isError ? (
              <p className="form-error" role="alert">
                {errorText(send.error)}
              </p>
            ) : null}
          </form>
        </FieldErrorsProvider>
      )}
    </Modal>
  );
}
