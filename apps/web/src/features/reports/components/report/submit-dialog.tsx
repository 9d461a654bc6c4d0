import { useState } from 'react';
import type { ReportDetail } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../../components/form-field';
import { Modal } from '../../../../components/modal';
import { errorText } from '../../../../components/status';
import { isApiError, type FieldError } from '../../../../lib/api-client';
import { formatDate } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { useSubmitReport } from '../../api/submit-report';
import type { Payload } from './content';
import type { useAutosave } from './use-autosave';

type Props = {
  open: boolean;
  report: ReportDetail;
  /** Null while a figure is not a number. */
  payload: Payload | null;
  autosave: ReturnType<typeof useAutosave>;
  /** The server's complaints about sections and figures, for the form behind the dialog. */
  onFieldErrors: (fields: FieldError[]) => void;
  onClose: () => void;
};

/** The head sends the report: what is typed goes with it; past the deadline a reason is asked for. */
export function SubmitDialog({ open, report, payload, autosave, onFieldErrors, onClose }: Props) {
  const submit = useSubmitReport(report.id);
  const [lateReason, setLateReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const late = report.daysLeft < 0;

  const close = () => {
    submit.reset();
    setMissing(false);
    onClose();
  };

  const send = async () => {
    if (late && !lateReason.trim()) {
      setMissing(true);
      return;
    }
    if (!payload) return;
    setMissing(false);
    setBusy(true);
    submit.reset();
    try {
      // Whatever autosave is doing finishes first; its version is the one to send with.
      const version = await autosave.flush();
      autosave.stop();
      await submit.mutateAsync({ ...payload, version, lateReason: late ? lateReason.trim() : null });
      onFieldErrors([]);
    } catch (e) {
      autosave.resume();
      if (isApiError(e)) onFieldErrors(e.fields.filter((f) => f.path !== 'lateReason'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={report.status === 'returned' ? t('rep.submitDialog.titleAgain') : t('rep.submitDialog.title')}
      onClose={close}
      footer={
        <>
          <button type="button" className="btn" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void send()} disabled={busy || !payload} data-testid="submit-confirm">
            {busy ? t('rep.submitDialog.sending') : t('rep.submitDialog.send')}
          </button>
        </>
      }
    >
      <FieldErrorsProvider value={isApiError(submit.error) ? submit.error.fields : []}>
        <p>{t('rep.submitDialog.text', { unit: report.unit.name })}</p>
        {!payload ? (
          <p className="form-error" role="alert">
            {t('rep.save.invalid')}
          </p>
        ) : null}
        {late ? (
          <>
            <p className="notice notice-warning">{t('rep.submitDialog.late', { date: formatDate(report.deadline), n: -report.daysLeft })}</p>
            <Field label={t('rep.lateReason')} path="lateReason">
              {({ id, describedBy, invalid }) => (
                <textarea
                  id={id}
                  rows={3}
                  value={lateReason}
                  maxLength={2000}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || missing || undefined}
                  onChange={(e) => setLateReason(e.target.value)}
                />
              )}
            </Field>
            {missing ? (
              <p className="field-error" role="alert">
                {t('rep.lateReasonRequired')}
              </p>
            ) : null}
          </>
        ) : null}
        {submit.isError ? (
          <div className="form-error" role="alert">
            <p>{errorText(submit.error)}</p>
            {isApiError(submit.error) && submit.error.fields.length ? (
              <ul>
                {submit.error.fields.map((f) => (
                  <li key={f.path}>{f.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </FieldErrorsProvider>
    </Modal>
  );
}
