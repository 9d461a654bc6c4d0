import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Unit } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useRenameUnit } from '../api/rename-unit';
import { EventFields, eventFieldsMissing } from './event-fields';
import type { EventFieldValues } from './event-fields';

/**
 * "Đổi tên": unlike editing the name (a typo fix), a rename is an event with a date and a legal
 * basis; the old name stays in the history and on directives dated before.
 */
export function RenameUnitForm({ unit, onDone }: { unit: Unit; onDone: () => void }) {
  const [name, setName] = useState(unit.name);
  const [shortName, setShortName] = useState(unit.shortName ?? '');
  const [event, setEvent] = useState<EventFieldValues>({ effectiveOn: todayIso(), legalBasis: '', note: '' });
  const rename = useRenameUnit();
  const fields = isApiError(rename.error) ? rename.error.fields : [];
  const unchanged = name.trim() === unit.name && (shortName.trim() || null) === unit.shortName;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    rename.mutate(
      {
        id: unit.id,
        body: {
          name: name.trim(),
          shortName: shortName.trim() || null,
          effectiveOn: event.effectiveOn,
          legalBasis: event.legalBasis.trim(),
          note: event.note.trim() || null,
          version: unit.version,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <FieldErrorsProvider value={fields}>
      <form onSubmit={onSubmit} noValidate data-testid="rename-form">
        <p>
          {t('rename.current')} <strong>{unit.name}</strong>
        </p>
        <div className="grid grid-rename">
          <Field label={t('rename.newName')} path="name">
            {({ id, describedBy }) => <input id={id} value={name} aria-describedby={describedBy} onChange={(e) => setName(e.target.value)} required />}
          </Field>
          <Field label={t('rename.newShortName')} path="shortName">
            {({ id, describedBy }) => <input id={id} value={shortName} aria-describedby={describedBy} onChange={(e) => setShortName(e.target.value)} />}
          </Field>
        </div>
        <EventFields value={event} onChange={(p) => setEvent((v) => ({ ...v, ...p }))} />
        <p className="field-hint">{t('rename.hint')}</p>
        {rename.isError && !fields.length ? (
          <p className="form-error" role="alert">
            {isApiError(rename.error) && rename.error.code === 'CONFLICT' ? t('units.conflict') : errorText(rename.error)}
          </p>
        ) : null}
        <div className="actions actions-end">
          <button type="button" className="btn" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={rename.isPending || unchanged || !name.trim() || eventFieldsMissing(event)}>
            {rename.isPending ? t('common.saving') : t('rename.submit')}
          </button>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
