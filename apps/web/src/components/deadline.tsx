import { deadlineHint, formatDate, formatDateTime } from '../lib/format';
import { t } from '../i18n/t';

/** A deadline and how far away it is; once the work is finished only the date matters. */
export function Deadline({ date, finished = false }: { date: string | null; finished?: boolean }) {
  if (!date) return <span className="muted nowrap">{t('deadline.none')}</span>;
  const hint = finished ? null : deadlineHint(date);
  return (
    <span className="deadline">
      <span className="deadline-date">{formatDate(date)}</span>
      {hint ? <span className={`deadline-hint${hint.overdue ? ' is-overdue' : ''}`}>{hint.text}</span> : null}
    </span>
  );
}

/** "Đã nhận 14:05 28/11/2020" or a "Chưa nhận" marker. */
export function Received({ at }: { at: string | null }) {
  if (!at) return <span className="badge badge-warning">{t('task.notReceived')}</span>;
  return <span className="received">{t('task.receivedShort', { at: formatDateTime(at) })}</span>;
}
