import { useId, useState } from 'react';
import type { Activity, TaskWithItems } from '@dondoc/schemas';
import { Modal } from '../../../components/modal';
import { errorText } from '../../../components/status';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useDeleteActivity } from '../api/save-activity';
import { ActivityForm } from './activity-form';
import { EvidenceLink } from './evidence-link';
import { formLabel, formatNumber, formatPeriod } from './labels';

type Props = { activity: Activity; task: TaskWithItems; editable: boolean };

/** One logged activity on the task page; its unit's people edit or delete it in place. */
export function ActivityCard({ activity: a, task, editable }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteActivity();
  const headingId = useId();

  if (editing) {
    return (
      <div className="activity-card is-editing">
        <ActivityForm task={task} activity={a} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </div>
    );
  }

  return (
    <article className="activity-card" aria-labelledby={headingId} data-testid="activity-card">
      <ActivityDetails activity={a} headingId={headingId} />
      {editable ? (
        <div className="actions activity-actions">
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
          <button type="button" className="btn btn-ghost-danger btn-small" onClick={() => setConfirming(true)}>
            {t('activities.delete')}
          </button>
        </div>
      ) : null}
      <Modal
        open={confirming}
        title={t('activities.deleteTitle')}
        onClose={() => setConfirming(false)}
        footer={
          <>
            <button type="button" className="btn" onClick={() => setConfirming(false)} disabled={remove.isPending}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ id: a.id, version: a.version }, { onSuccess: () => setConfirming(false) })}
            >
              {t('activities.deleteConfirm')}
            </button>
          </>
        }
      >
        <p>{t('activities.deleteText', { title: a.title })}</p>
        {remove.isError ? (
          <p className="form-error" role="alert">
            {errorText(remove.error)}
          </p>
        ) : null}
      </Modal>
    </article>
  );
}

/** What was done, when, how, how much, for whom; with its links and evidence. */
export function ActivityDetails({ activity: a, headingId, showItems = true }: { activity: Activity; headingId?: string; showItems?: boolean }) {
  return (
    <>
      <div className="activity-head">
        <h4 id={headingId} className="activity-title">
          {a.title}
        </h4>
        <span className="badge activity-form-badge">{t(formLabel[a.form])}</span>
      </div>
      <p className="activity-facts">
        <span className="nowrap">{formatPeriod(a.dateFrom, a.dateTo)}</span>
        {a.quantity !== null && a.measure ? <span>{t('activities.quantity', { n: formatNumber(a.quantity), measure: a.measure })}</span> : null}
        {a.reach !== null ? <span>{t('activities.reach', { n: formatNumber(a.reach) })}</span> : null}
      </p>
      {showItems && a.items.length ? (
        <div className="activity-items-line">
          <span className="muted small">{t('activities.itemsLabel', { n: a.items.length })}</span>
          <ul className="activity-item-titles" aria-label={t('activities.itemsLabel', { n: a.items.length })}>
            {a.items.map((i) => (
              <li key={i.id} title={i.title}>
                {i.label && i.label !== '-' && i.label !== '+' ? <strong>{i.label}. </strong> : null}
                {i.title}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {a.description ? <p className="activity-description">{a.description}</p> : null}
      {a.links.length ? (
        <ul className="activity-link-list" aria-label={t('activities.links')}>
          {a.links.map((l, i) => (
            <li key={i}>
              <a href={l} target="_blank" rel="noopener noreferrer nofollow">
                {l}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {a.evidence.length ? (
        <ul className="evidence-list" aria-label={t('activities.evidence')}>
          {a.evidence.map((f) => (
            <li key={f.id} className="evidence-chip">
              <EvidenceLink file={f} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="item-meta">
        {t('activities.by', { by: a.createdBy.fullName, at: formatDateTime(a.createdAt) })}
        {a.updatedAt !== a.createdAt ? t('activities.edited', { at: formatDateTime(a.updatedAt) }) : null}
      </p>
    </>
  );
}
