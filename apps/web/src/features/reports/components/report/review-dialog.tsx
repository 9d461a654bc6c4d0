import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ReportDetail } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../../components/form-field';
import { Modal } from '../../../../components/modal';
import { errorText } from '../../../../components/status';
import { isApiError, type FieldError } from '../../../../lib/api-client';
import { todayIso } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { useReviewReport } from '../../api/review-report';

type Props = { report: ReportDetail; mode: 'accept' | 'return' | null; onClose: () => void };

const FORM_ID = 'review-form';

/** Accept (the report is locked from then on) or return it with reasons and a new deadline. */
export function ReviewDialog({ report, mode, onClose }: Props) {
  const review = useReviewReport(report.id);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [deadline, setDeadline] = useState('');
  const [local, setLocal] = useState<FieldError[]>([]);
  const today = todayIso();

  const close = () => {
    review.reset();
    setLocal([]);
    onClose();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'accept') {
      review.mutate({ action: 'accept', body: { version: report.version, note: note.trim() || null } }, { onSuccess: close });
      return;
    }
    const problems: FieldError[] = [];
    if (reason.trim().length < 3) problems.push({ path: 'reason', message: t('rev.reasonRequired') });
    if (!deadline || deadline < today) problems.push({ path: 'newDeadline', message: t('rev.deadlineRequired') });
    setLocal(problems);
    if (problems.length) return;
    review.mutate({ action: 'return', body: { version: report.version, reason: reason.trim(), newDeadline: deadline } }, { onSuccess: close });
  };

  return (
    <Modal
      open={mode !== null}
      title={mode === 'accept' ? t('rev.acceptTitle') : t('rev.returnTitle')}
      onClose={close}
      footer={
        <>
          <button type="button" className="btn" onClick={close} disabled={review.isPending}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={FORM_ID} className={mode === 'accept' ? 'btn btn-primary' : 'btn btn-danger'} disabled={review.isPending}>
            {mode === 'accept' ? t('rev.acceptConfirm') : t('rev.returnConfirm')}
          </button>
        </>
      }
    >
      <FieldErrorsProvider value={local.length ? local : isApiError(review.error) ? review.error.fields : []}>
        <form id={FORM_ID} onSubmit={onSubmit} noValidate>
          <p>{mode === 'accept' ? t('rev.acceptText', { unit: report.unit.name }) : t('rev.returnText', { unit: report.unit.name })}</p>
          {mode === 'accept' ? (
            <Field label={t('rev.note')} path="note">
              {({ id, describedBy }) => <textarea id={id} rows={3} value={note} maxLength={2000} aria-describedby={describedBy} onChange={(e) => setNote(e.target.value)} />}
            </Field>
          ) : (
            <>
              <Field label={t('rev.reason')} path="reason" hint={t('rev.reasonHint')}>
                {({ id, describedBy, invalid }) => (
                  <textarea id={id} rows={4} value={reason} maxLength={5000} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setReason(e.target.value)} />
                )}
              </Field>
              <Field label={t('rev.newDeadline')} path="newDeadline">
                {({ id, describedBy, invalid }) => (
                  <input id={id} type="date" min={today} value={deadline} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setDeadline(e.target.value)} />
                )}
              </Field>
            </>
          )}
          {review.isError ? (
            <p className="form-error" role="alert">
              {errorText(review.error)}
            </p>
          ) : null}
        </form>
      </FieldErrorsProvider>
    </Modal>
  );
}
