import { Field, FieldMessage } from '../../../../components/form-field';
import { UnitPicker } from '../../../units/components/unit-picker';
import { t } from '../../../../i18n/t';
import type { CcDraft, DirectiveDraft } from './draft';

type Props = { draft: DirectiveDraft; onChange: (patch: Partial<DirectiveDraft>) => void };

const emptyCc = (): CcDraft => ({ name: '', purpose: '', unitId: null, groupId: null });

/** Nơi nhận: copies. A unit linked with a purpose ("đăng tải") gets a task of its own. */
export function CcEditor({ draft, onChange }: Props) {
  const setCc = (index: number, patch: Partial<CcDraft>) =>
    onChange({ cc: draft.cc.map((c, i) => (i === index ? { ...c, ...patch } : c)) });

  return (
    <fieldset className="form-section">
      <legend>{t('form.section.cc')}</legend>
      <p className="field-hint">{t('form.ccHint')}</p>
      <FieldMessage path="cc" />
      {draft.cc.map((cc, i) => (
        <div key={i} className="row-editor" role="group" aria-label={t('form.ccN', { n: i + 1 })}>
          <div className="grid grid-3">
            <Field label={t('form.ccName')} path={`cc.${i}.name`}>
              {({ id, describedBy }) => (
                <input id={id} value={cc.name} aria-describedby={describedBy} onChange={(e) => setCc(i, { name: e.target.value })} />
              )}
            </Field>
            <Field label={t('form.ccPurpose')} path={`cc.${i}.purpose`} hint={t('form.ccPurposeHint')}>
              {({ id, describedBy }) => (
                <input id={id} value={cc.purpose} aria-describedby={describedBy} onChange={(e) => setCc(i, { purpose: e.target.value })} />
              )}
            </Field>
            <UnitPicker
              label={t('form.ccUnit')}
              max={1}
              allowFreeText={false}
              value={cc.unitId !== null || cc.groupId !== null ? [{ label: cc.name, unitId: cc.unitId, groupId: cc.groupId }] : []}
              onChange={(picks) => {
                const pick = picks[0];
                setCc(i, { unitId: pick?.unitId ?? null, groupId: pick?.groupId ?? null, name: cc.name || pick?.label || '' });
              }}
              path={`cc.${i}.unitId`}
            />
          </div>
          <button type="button" className="btn btn-small btn-ghost-danger" onClick={() => onChange({ cc: draft.cc.filter((_, j) => j !== i) })}>
            {t('form.removeCc')}
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => onChange({ cc: [...draft.cc, emptyCc()] })}>
        {t('form.addCc')}
      </button>
    </fieldset>
  );
}
