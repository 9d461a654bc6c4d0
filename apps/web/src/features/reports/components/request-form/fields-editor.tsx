import { useId } from 'react';
import type { ActivityForm } from '@dondoc/schemas';
import { activityMeasures } from '@dondoc/schemas/activity-constants';
import { Disclosure } from '../../../../components/disclosure';
import { Field, FieldMessage } from '../../../../components/form-field';
import { t } from '../../../../i18n/t';
import type { MessageKey } from '../../../../i18n/vi';
import { figureTypeLabel, figureTypeOptions } from '../labels';
import { move, newField, type FieldRow, type SourceKind } from './draft';
import { RowTools } from './outline-editor';

type Props = { value: FieldRow[]; onChange: (rows: FieldRow[]) => void };

const sourceLabel: Record<SourceKind, MessageKey> = {
  none: 'rr.source.none',
  quantity: 'rr.source.quantity',
  reach: 'rr.source.reach',
  count: 'rr.source.count',
};
const sourceOptions = Object.keys(sourceLabel) as SourceKind[];

/** Forms in the order the activity form lists them (labels live in the catalogue under activityForm.*). */
const formOptions: readonly ActivityForm[] = [
  'bao_in',
  'bao_dien_tu',
  'phat_thanh',
  'truyen_hinh',
  'trang_ttdt',
  'mang_xa_hoi',
  'truyen_thanh_co_so',
  'pano_bang_ron',
  'hoi_nghi',
  'sinh_hoat',
  'van_nghe',
  'tai_lieu',
  'khac',
];
const formKey = (f: ActivityForm) => `activityForm.${f}` as MessageKey;

/** Biểu mẫu số liệu: each figure with its type, unit of measure and how it is prefilled from activities. */
export function FieldsEditor({ value, onChange }: Props) {
  const patch = (i: number, change: Partial<FieldRow>) => onChange(value.map((f, j) => (j === i ? { ...f, ...change } : f)));
  const measuresId = useId();
  return (
    <fieldset className="form-section">
      <legend>{t('rr.form.fields')}</legend>
      <p className="field-hint">{t('rr.form.fieldsHint')}</p>
      <datalist id={measuresId}>
        {activityMeasures.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <ol className="row-list" aria-label={t('rr.form.fields')}>
        {value.map((f, i) => (
          <li key={f.uid} className="row-card" data-testid="field-row">
            <div className="row-card-head">
              <span className="row-card-number">{t('rr.form.fieldN', { n: i + 1 })}</span>
              <RowTools n={i + 1} count={value.length} what={t('rr.form.fieldWord')} onMove={(by) => onChange(move(value, i, by))} onRemove={() => onChange(value.filter((_, j) => j !== i))} />
            </div>
            <div className="grid field-grid">
              <Field label={t('rr.form.fieldName')} path={`fields.${i}.name`}>
                {({ id, describedBy, invalid }) => (
                  <input id={id} value={f.name} maxLength={200} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => patch(i, { name: e.target.value })} />
                )}
              </Field>
              <Field label={t('rr.form.fieldType')} path={`fields.${i}.type`}>
                {({ id, describedBy }) => (
                  <select id={id} value={f.type} aria-describedby={describedBy} onChange={(e) => patch(i, { type: e.target.value as FieldRow['type'] })}>
                    {figureTypeOptions.map((x) => (
                      <option key={x} value={x}>
                        {t(figureTypeLabel[x])}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('rr.form.fieldUnit')} path={`fields.${i}.unit`}>
                {({ id, describedBy }) => <input id={id} value={f.unit} maxLength={50} aria-describedby={describedBy} onChange={(e) => patch(i, { unit: e.target.value })} />}
              </Field>
            </div>
            {f.type === 'choice' ? (
              <Field label={t('rr.form.fieldChoices')} path={`fields.${i}.choices`}>
                {({ id, describedBy, invalid }) => (
                  <textarea id={id} rows={3} value={f.choices} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => patch(i, { choices: e.target.value })} />
                )}
              </Field>
            ) : null}
            {f.type === 'number' ? (
              <div className="grid field-grid">
                <Field label={t('rr.form.fieldSource')} path={`fields.${i}.source`}>
                  {({ id, describedBy }) => (
                    <select id={id} value={f.source} aria-describedby={describedBy} onChange={(e) => patch(i, { source: e.target.value as SourceKind })}>
                      {sourceOptions.map((x) => (
                        <option key={x} value={x}>
                          {t(sourceLabel[x])}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {f.source === 'quantity' ? (
                  <Field label={t('rr.form.fieldMeasure')} path={`fields.${i}.source.measure`}>
                    {({ id, describedBy }) => <input id={id} list={measuresId} value={f.measure} maxLength={50} aria-describedby={describedBy} onChange={(e) => patch(i, { measure: e.target.value })} />}
                  </Field>
                ) : null}
              </div>
            ) : null}
            {f.type === 'number' && f.source !== 'none' ? (
              <Disclosure
                className="row-more"
                initiallyOpen={false}
                summary={f.forms.length ? t('rr.form.formsSome', { n: f.forms.length }) : t('rr.form.formsAll')}
              >
                <fieldset className="forms-pick">
                  <legend className="sr-only">{t('rr.form.formsLegend', { n: i + 1 })}</legend>
                  {formOptions.map((form) => (
                    <label key={form} className="check">
                      <input
                        type="checkbox"
                        checked={f.forms.includes(form)}
                        onChange={(e) => patch(i, { forms: e.target.checked ? formOptions.filter((x) => x === form || f.forms.includes(x)) : f.forms.filter((x) => x !== form) })}
                      />
                      {t(formKey(form))}
                    </label>
                  ))}
                </fieldset>
                <FieldMessage path={`fields.${i}.forms`} />
              </Disclosure>
            ) : null}
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn-small" onClick={() => onChange([...value, newField()])}>
        {t('rr.form.addField')}
      </button>
    </fieldset>
  );
}
