import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Unit } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useRetireUnit } from '../api/retire-unit';

export function RetireUnitForm({ unit, onDone }: { unit: Unit; onDone: () => void }) {
  const [validTo, setValidTo] = useState(todayIso());
  const retire = useRetireUnit();
  const fields = isApiError(retire.error) ? retire.error.fields : [];

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    retire.mutate({ id: unit.id, body: { validTo, version: unit.version } }, { onSuccess: onDone });
  };

  return (
    <FieldErrorsProvider value={fields}>
      <form onSubmit={onSubmit} noValidate>
        <p>{t('units.retireText', { name: unit.name })}</p>
        <Field label={t('units.retireDate')} path="validTo">
          {({ id, describedBy }) => (
            <input id={id} type="date" value={validTo} aria-describedby={describedBy} onChange={(e) => setValidTo(e.target.value)} required />
          )}
        </Field>
        {retire.isError && !fields.length ? (
          <p className="form-error" role="alert">
            {errorText(retire.error)}
          </p>
        ) : null}
        <div className="actions actions-end">
          <button type="button" className="btn" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={retire.isPending || !validTo}>
            {t('units.retireConfirm')}
          </button>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
