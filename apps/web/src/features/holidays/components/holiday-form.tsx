import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Holiday } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { Modal } from '../../../components/modal';
import { errorText } from '../../../components/status';
import { isApiError, type FieldError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useSaveHoliday } from '../api/holidays';
import { weekdayLabel, weekdayOf } from './weekday';

const FORM_ID = 'holiday-form';

type Props = { holiday: Holiday | 'new' | null; year: number; onClose: () => void; onSaved: (date: string) => void };

/** Adds or changes a day: a day off on a weekday, or a weekend day worked for an announced swap. */
export function HolidayForm({ holiday, year, onClose, onSaved }: Props) {
  const existing = holiday && holiday !== 'new' ? holiday : null;
  const save = useSaveHoliday();
  const [date, setDate] = useState(existing?.date ?? '');
  const [kind, setKind] = useState<Holiday['kind']>(existing?.kind ?? 'off');
  const [name, setName] = useState(existing?.name ?? '');
  const [local, setLocal] = useState<FieldError[]>([]);

  const close = () => {
    save.reset();
    setLocal([]);
    onClose();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    if (!date) problems.push({ path: 'date', message: t('hol.error.date') });
    else if (kind === 'work' && weekdayOf(date) !== 0 && weekdayOf(date) !== 6) problems.push({ path: 'kind', message: t('hol.error.workWeekday') });
    if (!name.trim()) problems.push({ path: 'name', message: t('hol.error.name') });
    setLocal(problems);
    if (problems.length) return;
    save.mutate(
      { date, previous: existing?.date, body: { kind, name: name.trim() } },
      {
        onSuccess: () => {
          onSaved(date);
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={holiday !== null}
      title={existing ? t('hol.editTitle', { date: formatDate(existing.date) }) : t('hol.addTitle')}
      onClose={close}
      footer={
        <>
          <button type="button" className="btn" onClick={close} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={FORM_ID} className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
        </>
      }
    >
      <FieldErrorsProvider value={local.length ? local : isApiError(save.error) ? save.error.fields : []}>
        <form id={FORM_ID} onSubmit={onSubmit} noValidate>
          <Field label={t('hol.field.date')} path="date" hint={date ? weekdayLabel(date) : t('hol.field.dateHint', { year })}>
            {({ id, describedBy, invalid }) => (
              <input id={id} type="date" min="2000-01-01" max="2100-12-31" value={date} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setDate(e.target.value)} />
            )}
          </Field>
          <fieldset className="kind-pick">
            <legend>{t('hol.field.kind')}</legend>
            <label className="check">
              <input type="radio" name="holiday-kind" checked={kind === 'off'} onChange={() => setKind('off')} />
              <span>
                {t('hol.kind.off')} <span className="muted small">{t('hol.kind.offHint')}</span>
              </span>
            </label>
            <label className="check">
              <input type="radio" name="holiday-kind" checked={kind === 'work'} onChange={() => setKind('work')} />
              <span>
                {t('hol.kind.work')} <span className="muted small">{t('hol.kind.workHint')}</span>
              </span>
            </label>
            {local.some((l) => l.path === 'kind') ? (
              <p className="field-error" role="alert">
                {local.find((l) => l.path === 'kind')?.message}
              </p>
            ) : null}
          </fieldset>
          <Field label={t('hol.field.name')} path="name" hint={t('hol.field.nameHint')}>
            {({ id, describedBy, invalid }) => (
              <input id={id} value={name} maxLength={200} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setName(e.target.value)} />
            )}
          </Field>
          {save.isError ? (
            <p className="form-error" role="alert">
              {errorText(save.error)}
            </p>
          ) : null}
        </form>
      </FieldErrorsProvider>
    </Modal>
  );
}
