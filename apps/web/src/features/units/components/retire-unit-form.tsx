import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Unit } from '@dondoc/schemas';
import { FieldErrorsProvider } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useRetireUnit } from '../api/retire-unit';
import { EventFields, eventFieldsMissing } from './event-fields';
import type { EventFieldValues } from './event-fields';

export function RetireUnitForm({ unit, onDone }: { unit: Unit; onDone: () => void }) {
  const [event, setEvent] = useState<EventFieldValues>({ effectiveOn: todayIso(), legalBasis: '', note: '' });
  const retire = useRetireUnit();
  const fields = isApiError(retire.error) ? retire.error.fields : [];

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    retire.mutate(
      { id: unit.id, body: { validTo: event.effectiveOn, legalBasis: event.legalBasis.trim(), version: unit.version } },
      { onSuccess: onDone },
    );
  };

  return (
    <FieldErrorsProvider value={fields}>
      <form onSubmit={onSubmit} noValidate>
        <p>{t('units.retireText', { name: unit.name })}</p>
        <EventFields value={event} onChange={(p) => setEvent((v) => ({ ...v, ...p }))} datePath="validTo" dateLabel={t('units.retireDate')} withNote={false} />
        {retire.isError && !fields.length ? (
          <p className="form-error" role="alert">
            {errorText(retire.error)}
          </p>
        ) : null}
        <div className="actions actions-end">
          <button type="button" className="btn" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={retire.isPending || eventFieldsMissing(event)}>
            {t('units.retireConfirm')}
          </button>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
