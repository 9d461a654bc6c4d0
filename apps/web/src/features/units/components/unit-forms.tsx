import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Unit, UnitKind } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { joinList, splitList } from '../../../lib/text';
import { unitKindLabel, unitKindOptions } from '../../../lib/unit-kind';
import { t } from '../../../i18n/t';
import { useCreateUnit } from '../api/create-unit';
import { useUnits } from '../api/get-units';
import { useUpdateUnit } from '../api/update-unit';

type Common = { name: string; shortName: string; kind: UnitKind; aliases: string; parentId: string };

function CommonFields({ value, onChange, selfId }: { value: Common; onChange: (patch: Partial<Common>) => void; selfId?: number }) {
  const units = useUnits();
  return (
    <>
      <Field label={t('units.col.name')} path="name">
        {({ id, describedBy }) => (
          <input id={id} value={value.name} aria-describedby={describedBy} onChange={(e) => onChange({ name: e.target.value })} required />
        )}
      </Field>
      <div className="grid grid-2">
        <Field label={t('units.col.shortName')} path="shortName">
          {({ id, describedBy }) => (
            <input id={id} value={value.shortName} aria-describedby={describedBy} onChange={(e) => onChange({ shortName: e.target.value })} />
          )}
        </Field>
        <Field label={t('units.col.kind')} path="kind">
          {({ id, describedBy }) => (
            <select id={id} value={value.kind} aria-describedby={describedBy} onChange={(e) => onChange({ kind: e.target.value as UnitKind })}>
              {unitKindOptions.map((k) => (
                <option key={k} value={k}>
                  {t(unitKindLabel[k])}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('units.parent')} path="parentId">
        {({ id, describedBy }) => (
          <select id={id} value={value.parentId} aria-describedby={describedBy} onChange={(e) => onChange({ parentId: e.target.value })}>
            <option value="">{t('units.noParent')}</option>
            {(units.data ?? [])
              .filter((u) => u.id !== selfId)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field label={t('units.aliases')} path="aliases" hint={t('units.aliasesHint')}>
        {({ id, describedBy }) => (
          <textarea id={id} rows={3} value={value.aliases} aria-describedby={describedBy} onChange={(e) => onChange({ aliases: e.target.value })} />
        )}
      </Field>
    </>
  );
}

function FormFooter({ pending, error, onCancel }: { pending: boolean; error: unknown; onCancel: () => void }) {
  const fields = isApiError(error) ? error.fields : [];
  return (
    <>
      {error && !fields.length ? (
        <p className="form-error" role="alert">
          {isApiError(error) && error.code === 'CONFLICT' ? t('units.conflict') : errorText(error)}
        </p>
      ) : null}
      <div className="actions actions-end">
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </>
  );
}

const parentOf = (s: string) => (s ? Number(s) : null);

export function CreateUnitForm({ onDone }: { onDone: () => void }) {
  const [code, setCode] = useState('');
  const [districtCode, setDistrictCode] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [common, setCommon] = useState<Common>({ name: '', shortName: '', kind: 'other', aliases: '', parentId: '' });
  const create = useCreateUnit();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        code: code.trim(),
        name: common.name.trim(),
        shortName: common.shortName.trim() || null,
        kind: common.kind,
        aliases: splitList(common.aliases),
        parentId: parentOf(common.parentId),
        districtCode: districtCode.trim() || null,
        validFrom: validFrom || null,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <FieldErrorsProvider value={isApiError(create.error) ? create.error.fields : []}>
      <form onSubmit={onSubmit} noValidate>
        <div className="grid grid-3">
          <Field label={t('units.col.code')} path="code" hint={t('units.codeHint')}>
            {({ id, describedBy }) => <input id={id} value={code} aria-describedby={describedBy} onChange={(e) => setCode(e.target.value)} required />}
          </Field>
          <Field label={t('units.districtCode')} path="districtCode">
            {({ id, describedBy }) => (
              <input id={id} value={districtCode} aria-describedby={describedBy} onChange={(e) => setDistrictCode(e.target.value)} />
            )}
          </Field>
          <Field label={t('units.validFrom')} path="validFrom">
            {({ id, describedBy }) => (
              <input id={id} type="date" value={validFrom} aria-describedby={describedBy} onChange={(e) => setValidFrom(e.target.value)} />
            )}
          </Field>
        </div>
        <CommonFields value={common} onChange={(p) => setCommon((c) => ({ ...c, ...p }))} />
        <FormFooter pending={create.isPending} error={create.error} onCancel={onDone} />
      </form>
    </FieldErrorsProvider>
  );
}

export function EditUnitForm({ unit, onDone }: { unit: Unit; onDone: () => void }) {
  const [common, setCommon] = useState<Common>({
    name: unit.name,
    shortName: unit.shortName ?? '',
    kind: unit.kind,
    aliases: joinList(unit.aliases),
    parentId: unit.parentId === null ? '' : String(unit.parentId),
  });
  const update = useUpdateUnit();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      {
        id: unit.id,
        body: {
          name: common.name.trim(),
          shortName: common.shortName.trim() || null,
          kind: common.kind,
          aliases: splitList(common.aliases),
          parentId: parentOf(common.parentId),
          version: unit.version,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <FieldErrorsProvider value={isApiError(update.error) ? update.error.fields : []}>
      <form onSubmit={onSubmit} noValidate>
        <p className="muted">
          {t('units.col.code')}: <code>{unit.code}</code>
        </p>
        <CommonFields value={common} onChange={(p) => setCommon((c) => ({ ...c, ...p }))} selfId={unit.id} />
        <FormFooter pending={update.isPending} error={update.error} onCancel={onDone} />
      </form>
    </FieldErrorsProvider>
  );
}
