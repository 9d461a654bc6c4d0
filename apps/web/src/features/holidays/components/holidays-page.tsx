import { useState } from 'react';
import type { Holiday } from '@dondoc/schemas';
import { Modal } from '../../../components/modal';
import { Empty, ErrorMessage, Loading, errorText } from '../../../components/status';
import { formatDate, formatDateTime, todayIso } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useDeleteHoliday, useHolidays } from '../api/holidays';
import { HolidayForm } from './holiday-form';
import { weekdayLabel } from './weekday';
import '../holidays.css';

const FIRST = 2020;
const LAST = 2030;

/** "Ngày nghỉ": the working-day calendar of a year, which deadlines and reminders count by. */
export function HolidaysPage() {
  const [year, setYear] = useState(() => Math.min(LAST, Math.max(FIRST, Number(todayIso().slice(0, 4)))));
  const list = useHolidays(year);
  const remove = useDeleteHoliday();
  const [editing, setEditing] = useState<Holiday | 'new' | null>(null);
  const [removing, setRemoving] = useState<Holiday | null>(null);
  const days = list.data ?? [];
  const off = days.filter((d) => d.kind === 'off').length;
  const work = days.length - off;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('hol.title')}</h1>
          <p className="page-subtitle">{t('hol.subtitle')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          {t('hol.add')}
        </button>
      </header>
      <div className="toolbar year-nav" role="group" aria-label={t('hol.yearNav')}>
        <button type="button" className="btn btn-small" disabled={year <= FIRST} onClick={() => setYear((y) => y - 1)} aria-label={t('hol.prevYear')}>
          ‹ {year - 1}
        </button>
        <h2 className="year-title" aria-live="polite">
          {t('hol.year', { year })}
        </h2>
        <button type="button" className="btn btn-small" disabled={year >= LAST} onClick={() => setYear((y) => y + 1)} aria-label={t('hol.nextYear')}>
          {year + 1} ›
        </button>
        {list.isSuccess ? <p className="toolbar-text">{t('hol.counts', { off, work })}</p> : null}
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : days.length === 0 ? (
        <Empty>{t('hol.empty', { year })}</Empty>
      ) : (
        <div className="table-wrap">
          <table role="table" className="table table-cards holiday-table" aria-label={t('hol.tableLabel', { year })}>
            <thead>
              <tr>
                <th scope="col">{t('hol.col.date')}</th>
                <th scope="col">{t('hol.col.name')}</th>
                <th scope="col">{t('hol.col.kind')}</th>
                <th scope="col">{t('hol.col.source')}</th>
                <th scope="col">
                  <span className="sr-only">{t('hol.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date} data-testid="holiday-row" className={d.kind === 'work' ? 'is-work' : undefined}>
                  <td className="cell-main nowrap">
                    <strong>{formatDate(d.date)}</strong> <span className="muted">{weekdayLabel(d.date)}</span>
                  </td>
                  <td data-label={t('hol.col.name')}>{d.name}</td>
                  <td data-label={t('hol.col.kind')}>
                    <span className={`badge ${d.kind === 'off' ? 'hol-off' : 'hol-work'}`}>{d.kind === 'off' ? t('hol.kind.off') : t('hol.kind.work')}</span>
                  </td>
                  <td data-label={t('hol.col.source')}>
                    {d.source === 'builtin' ? t('hol.source.builtin') : <span title={formatDateTime(d.updatedAt)}>{t('hol.source.admin')}</span>}
                  </td>
                  <td className="row-actions-cell">
                    <div className="actions row-actions">
                      <button type="button" className="btn btn-small" aria-label={t('hol.editLabel', { date: formatDate(d.date) })} onClick={() => setEditing(d)}>
                        {t('common.edit')}
                      </button>
                      <button type="button" className="btn btn-ghost-danger btn-small" aria-label={t('hol.deleteLabel', { date: formatDate(d.date) })} onClick={() => setRemoving(d)}>
                        {t('hol.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="field-hint hol-note">{t('hol.note')}</p>

      <HolidayForm key={editing === 'new' ? 'new' : (editing?.date ?? 'none')} holiday={editing} year={year} onClose={() => setEditing(null)} onSaved={(date) => setYear(Number(date.slice(0, 4)))} />
      <Modal
        open={removing !== null}
        title={t('hol.deleteTitle')}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
        footer={
          <>
            <button type="button" className="btn" onClick={() => setRemoving(null)} disabled={remove.isPending}>
              {t('common.cancel')}
            </button>
            <button type="button" className="btn btn-danger" disabled={remove.isPending} onClick={() => removing && remove.mutate(removing.date, { onSuccess: () => setRemoving(null) })}>
              {t('hol.deleteConfirm')}
            </button>
          </>
        }
      >
        {removing ? <p>{t('hol.deleteText', { date: formatDate(removing.date), name: removing.name })}</p> : null}
        {removing?.source === 'builtin' ? <p className="muted">{t('hol.deleteBuiltin')}</p> : null}
        {remove.isError ? (
          <p className="form-error" role="alert">
            {errorText(remove.error)}
          </p>
        ) : null}
      </Modal>
    </div>
  );
}
