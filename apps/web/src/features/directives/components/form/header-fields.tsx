import { Field } from '../../../../components/form-field';
import { t } from '../../../../i18n/t';
import type { DirectiveDraft } from './draft';

type Props = { draft: DirectiveDraft; onChange: (patch: Partial<DirectiveDraft>) => void };

const KIND_SUGGESTIONS = ['KH', 'HD', 'TB', 'QĐ', 'CT', 'BC'];

export function HeaderFields({ draft, onChange }: Props) {
  return (
    <fieldset className="form-section">
      <legend>{t('form.section.header')}</legend>
      <div className="grid grid-3">
        <Field label={t('form.number')} path="number" hint={t('form.numberHint')}>
          {({ id, describedBy }) => (
            <input id={id} value={draft.number} aria-describedby={describedBy} onChange={(e) => onChange({ number: e.target.value })} />
          )}
        </Field>
        <Field label={t('form.symbol')} path="symbol">
          {({ id, describedBy }) => (
            <input id={id} value={draft.symbol} aria-describedby={describedBy} onChange={(e) => onChange({ symbol: e.target.value })} />
          )}
        </Field>
        <Field label={t('form.kind')} path="kind" hint={t('form.kindHint')}>
          {({ id, describedBy }) => (
            <>
              <input
                id={id}
                list={`${id}-kinds`}
                value={draft.kind}
                aria-describedby={describedBy}
                onChange={(e) => onChange({ kind: e.target.value })}
              />
              <datalist id={`${id}-kinds`}>
                {KIND_SUGGESTIONS.map((k) => (
                  <option key={k} value={k} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('form.issuer')} path="issuer" className="span-2">
          {({ id, describedBy }) => (
            <input id={id} value={draft.issuer} aria-describedby={describedBy} onChange={(e) => onChange({ issuer: e.target.value })} />
          )}
        </Field>
        <Field label={t('form.place')} path="place">
          {({ id, describedBy }) => (
            <input id={id} value={draft.place} aria-describedby={describedBy} onChange={(e) => onChange({ place: e.target.value })} />
          )}
        </Field>
      </div>
      <div className="grid grid-4">
        <Field label={t('form.issuedDay')} path="issued.day" hint={t('form.issuedDayHint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              inputMode="numeric"
              value={draft.issuedDay}
              aria-describedby={describedBy}
              onChange={(e) => onChange({ issuedDay: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('form.issuedMonth')} path="issued.month">
          {({ id, describedBy }) => (
            <input
              id={id}
              inputMode="numeric"
              value={draft.issuedMonth}
              aria-describedby={describedBy}
              onChange={(e) => onChange({ issuedMonth: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('form.issuedYear')} path="issued.year">
          {({ id, describedBy }) => (
            <input
              id={id}
              inputMode="numeric"
              value={draft.issuedYear}
              aria-describedby={describedBy}
              onChange={(e) => onChange({ issuedYear: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('form.dueDate')} path="dueDate">
          {({ id, describedBy }) => (
            <input
              id={id}
              type="date"
              value={draft.dueDate}
              aria-describedby={describedBy}
              onChange={(e) => onChange({ dueDate: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label={t('form.subject')} path="subject" hint={t('form.subjectHint')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            rows={3}
            value={draft.subject}
            aria-describedby={describedBy}
            onChange={(e) => onChange({ subject: e.target.value })}
            required
          />
        )}
      </Field>
    </fieldset>
  );
}

export function SignerFields({ draft, onChange }: Props) {
  const set = (patch: Partial<DirectiveDraft['signer']>) => onChange({ signer: { ...draft.signer, ...patch } });
  return (
    <fieldset className="form-section">
      <legend>{t('form.section.signer')}</legend>
      <div className="grid grid-3">
        <Field label={t('form.signerAuthority')} path="signer.authority" hint={t('form.signerAuthorityHint')}>
          {({ id, describedBy }) => (
            <input id={id} value={draft.signer.authority} aria-describedby={describedBy} onChange={(e) => set({ authority: e.target.value })} />
          )}
        </Field>
        <Field label={t('form.signerTitle')} path="signer.title">
          {({ id, describedBy }) => (
            <input id={id} value={draft.signer.title} aria-describedby={describedBy} onChange={(e) => set({ title: e.target.value })} />
          )}
        </Field>
        <Field label={t('form.signerName')} path="signer.name">
          {({ id, describedBy }) => (
            <input id={id} value={draft.signer.name} aria-describedby={describedBy} onChange={(e) => set({ name: e.target.value })} />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
