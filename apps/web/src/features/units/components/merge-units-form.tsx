import { useState } from 'react';
import type { FormEvent } from 'react';
import type { UnitKind, UnitMerge, UnitPick } from '@dondoc/schemas';
import { Field, FieldErrorsProvider, FieldMessage } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/format';
import { unitKindLabel, unitKindOptions } from '../../../lib/unit-kind';
import { t } from '../../../i18n/t';
import { useUnits } from '../api/get-units';
import { useMergeUnits } from '../api/merge-units';
import type { UnitMergeResult } from '../api/merge-units';
import { EventFields, eventFieldsMissing } from './event-fields';
import type { EventFieldValues } from './event-fields';
import { UnitPicker } from './unit-picker';

type NewUnit = { code: string; name: string; shortName: string; kind: UnitKind; parentId: string; districtCode: string };

const idsOf = (picks: readonly UnitPick[]) => picks.map((p) => p.unitId).filter((id): id is number => id !== null);

/**
 * "Sáp nhập": several units become one, an existing unit (often one of them) or a new one. The
 * server moves the predecessors' open tasks and users to it; closed work stays where it was done.
 */
export function MergeUnitsForm({ onDone }: { onDone: () => void }) {
  const [predecessors, setPredecessors] = useState<UnitPick[]>([]);
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [successor, setSuccessor] = useState<UnitPick[]>([]);
  const [created, setCreated] = useState<NewUnit>({ code: '', name: '', shortName: '', kind: 'people_committee', parentId: '', districtCode: '' });
  const [event, setEvent] = useState<EventFieldValues>({ effectiveOn: todayIso(), legalBasis: '', note: '' });
  const [result, setResult] = useState<UnitMergeResult | null>(null);
  const units = useUnits();
  const merge = useMergeUnits();
  const fields = isApiError(merge.error) ? merge.error.fields : [];
  const patchNew = (p: Partial<NewUnit>) => setCreated((c) => ({ ...c, ...p }));

  if (result) {
    return (
      <div data-testid="merge-result">
        <p className="notice notice-ok" role="status">
          {t('merge.done', { tasks: result.tasksMoved, users: result.usersMoved })}
        </p>
        <div className="actions actions-end">
          <button type="button" className="btn btn-primary" onClick={onDone}>
            {t('common.close')}
          </button>
        </div>
      </div>
    );
  }

  const successorMissing = mode === 'existing' ? idsOf(successor).length === 0 : !created.code.trim() || !created.name.trim();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body: UnitMerge = {
      predecessorIds: idsOf(predecessors),
      successorId: mode === 'existing' ? (idsOf(successor)[0] ?? null) : null,
      successor:
        mode === 'new'
          ? {
              code: created.code.trim(),
              name: created.name.trim(),
              shortName: created.shortName.trim() || null,
              kind: created.kind,
              parentId: created.parentId ? Number(created.parentId) : null,
              districtCode: created.districtCode.trim() || null,
              validFrom: event.effectiveOn || null,
            }
          : null,
      effectiveOn: event.effectiveOn,
      legalBasis: event.legalBasis.trim(),
      note: event.note.trim() || null,
    };
    merge.mutate(body, { onSuccess: setResult });
  };

  return (
    <FieldErrorsProvider value={fields}>
      <form onSubmit={onSubmit} noValidate data-testid="merge-form">
        <p className="muted">{t('merge.intro')}</p>
        <UnitPicker
          label={t('merge.predecessors')}
          value={predecessors}
          onChange={setPredecessors}
          allowFreeText={false}
          unitsOnly
          path="predecessorIds"
          placeholder={t('merge.predecessorsPlaceholder')}
        />
        <fieldset className="merge-successor">
          <legend>{t('merge.successor')}</legend>
          <div className="check-row">
            <label className="check">
              <input type="radio" name="merge-mode" checked={mode === 'existing'} onChange={() => setMode('existing')} />
              {t('merge.successorExisting')}
            </label>
            <label className="check">
              <input type="radio" name="merge-mode" checked={mode === 'new'} onChange={() => setMode('new')} />
              {t('merge.successorNew')}
            </label>
          </div>
          {mode === 'existing' ? (
            <UnitPicker
              label={t('merge.successorUnit')}
              value={successor}
              onChange={setSuccessor}
              max={1}
              allowFreeText={false}
              unitsOnly
              path="successorId"
              placeholder={t('merge.predecessorsPlaceholder')}
              hint={t('merge.successorHint')}
              suggested={predecessors.map((p) => ({ unitId: p.unitId, groupId: null }))}
            />
          ) : (
            <>
              <div className="grid grid-2">
                <Field label={t('units.col.code')} path="successor.code" hint={t('units.codeHint')}>
                  {({ id, describedBy }) => <input id={id} value={created.code} aria-describedby={describedBy} onChange={(e) => patchNew({ code: e.target.value })} />}
                </Field>
                <Field label={t('units.col.kind')} path="successor.kind">
                  {({ id, describedBy }) => (
                    <select id={id} value={created.kind} aria-describedby={describedBy} onChange={(e) => patchNew({ kind: e.target.value as UnitKind })}>
                      {unitKindOptions.map((k) => (
                        <option key={k} value={k}>
                          {t(unitKindLabel[k])}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              <Field label={t('units.col.name')} path="successor.name">
                {({ id, describedBy }) => <input id={id} value={created.name} aria-describedby={describedBy} onChange={(e) => patchNew({ name: e.target.value })} />}
              </Field>
              <div className="grid grid-2">
                <Field label={t('units.col.shortName')} path="successor.shortName">
                  {({ id, describedBy }) => <input id={id} value={created.shortName} aria-describedby={describedBy} onChange={(e) => patchNew({ shortName: e.target.value })} />}
                </Field>
                <Field label={t('units.districtCode')} path="successor.districtCode">
                  {({ id, describedBy }) => <input id={id} value={created.districtCode} aria-describedby={describedBy} onChange={(e) => patchNew({ districtCode: e.target.value })} />}
                </Field>
              </div>
              <Field label={t('units.parent')} path="successor.parentId">
                {({ id, describedBy }) => (
                  <select id={id} value={created.parentId} aria-describedby={describedBy} onChange={(e) => patchNew({ parentId: e.target.value })}>
                    <option value="">{t('units.noParent')}</option>
                    {(units.data ?? []).map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <FieldMessage path="successor" />
            </>
          )}
        </fieldset>
        <EventFields value={event} onChange={(p) => setEvent((v) => ({ ...v, ...p }))} />
        {merge.isError && !fields.length ? (
          <p className="form-error" role="alert">
            {errorText(merge.error)}
          </p>
        ) : null}
        <div className="actions actions-end">
          <button type="button" className="btn" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={merge.isPending || predecessors.length === 0 || successorMissing || eventFieldsMissing(event)}>
            {merge.isPending ? t('common.saving') : predecessors.length ? t('merge.submit', { n: predecessors.length }) : t('merge.title')}
          </button>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
