import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ItemStatus, TaskItem } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { DelegatedBadge } from '../../delegation/components/delegated-badge';
import { useUpdateItem } from '../api/update-item';
import { itemStatusLabel, itemStatusOptions } from './item-status';

type Props = { taskId: number; item: TaskItem; editable: boolean };

export function TaskItemCard({ taskId, item, editable }: Props) {
  const headingId = useId();
  return (
    <article className={`item-card status-${item.status}`} data-testid={`item-${item.id}`} aria-labelledby={headingId}>
      <div className="item-head">
        <h4 id={headingId} className="item-title">
          {item.label && item.label !== '-' && item.label !== '+' ? <span className="item-label">{item.label}. </span> : null}
          {item.title}
        </h4>
        {!editable ? <span className={`badge item-status-${item.status}`}>{t(itemStatusLabel[item.status])}</span> : null}
        <DelegatedBadge delegated={item.delegated} />
      </div>
      {item.text && item.text.trim() !== item.title.trim() ? (
        <details className="item-text">
          <summary>{t('item.fullText')}</summary>
          <p>{item.text}</p>
        </details>
      ) : null}
      {item.deadline ? <p className="item-deadline">{t('item.deadline', { date: formatDate(item.deadline) })}</p> : null}
      {editable ? (
        <ItemEditor taskId={taskId} item={item} />
      ) : (
        <>
          {item.note ? <p className="item-note">{t('item.noteShown', { note: item.note })}</p> : null}
          {item.reason ? <p className="item-note">{t('item.reasonShown', { reason: item.reason })}</p> : null}
        </>
      )}
      {item.updatedAt ? (
        <p className="item-meta">
          {t('item.updated', { at: formatDateTime(item.updatedAt), by: item.updatedBy ?? t('common.dash') })}
        </p>
      ) : null}
    </article>
  );
}

function ItemEditor({ taskId, item }: { taskId: number; item: TaskItem }) {
  const [status, setStatus] = useState<ItemStatus>(item.status);
  const [note, setNote] = useState(item.note ?? '');
  const [reason, setReason] = useState(item.reason ?? '');
  const [missingReason, setMissingReason] = useState(false);
  const [seenVersion, setSeenVersion] = useState(item.version);
  const update = useUpdateItem(taskId, item.id);

  // A newer version from the server (our save, or someone else's after a 409) replaces the form.
  if (item.version !== seenVersion) {
    setSeenVersion(item.version);
    setStatus(item.status);
    setNote(item.note ?? '');
    setReason(item.reason ?? '');
  }

  const dirty = status !== item.status || note !== (item.note ?? '') || reason !== (item.reason ?? '');
  const conflict = isApiError(update.error) && update.error.code === 'CONFLICT';
  const fields = isApiError(update.error) ? update.error.fields : [];

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (status === 'not_applicable' && !reason.trim()) {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    update.mutate({
      status,
      note: note.trim() || null,
      reason: status === 'not_applicable' ? reason.trim() : null,
      version: item.version,
    });
  };

  return (
    <FieldErrorsProvider value={fields}>
      <form className="item-form" onSubmit={onSubmit} noValidate>
        <Field label={t('item.status')} path="status" className="item-form-status">
          {({ id, describedBy }) => (
            <select
              id={id}
              value={status}
              aria-describedby={describedBy}
              onChange={(e) => setStatus(e.target.value as ItemStatus)}
            >
              {itemStatusOptions.map((s) => (
                <option key={s} value={s}>
                  {t(itemStatusLabel[s])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {status === 'not_applicable' ? (
          <Field label={t('item.reason')} path="reason" className="item-form-reason">
            {({ id, describedBy }) => (
              <>
                <input
                  id={id}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={missingReason || undefined}
                  required
                />
                {missingReason ? (
                  <p className="field-error" role="alert">
                    {t('item.reasonRequired')}
                  </p>
                ) : null}
              </>
            )}
          </Field>
        ) : null}
        <Field label={t('item.note')} path="note" className="item-form-note">
          {({ id, describedBy }) => (
            <textarea id={id} rows={2} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={describedBy} />
          )}
        </Field>
        <div className="item-form-actions">
          <button type="submit" className="btn btn-primary" disabled={!dirty || update.isPending}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </button>
          {update.isSuccess && !dirty ? (
            <span className="saved" role="status">
              {t('common.saved')}
            </span>
          ) : null}
        </div>
        {conflict ? (
          <p className="form-error" role="alert">
            {t('item.conflict')}
          </p>
        ) : update.isError && fields.length === 0 ? (
          <p className="form-error" role="alert">
            {errorText(update.error)}
          </p>
        ) : null}
      </form>
    </FieldErrorsProvider>
  );
}
