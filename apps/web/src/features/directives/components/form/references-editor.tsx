import { Field, FieldMessage } from '../../../../components/form-field';
import { t } from '../../../../i18n/t';
import type { DirectiveDraft, ReferenceDraft } from './draft';

type Props = { draft: DirectiveDraft; onChange: (patch: Partial<DirectiveDraft>) => void };

const emptyReference = (): ReferenceDraft => ({ number: '', kind: '', date: '', issuer: '' });

/** Căn cứ: the documents this directive carries out, and the lead-in paragraph that cites them. */
export function ReferencesEditor({ draft, onChange }: Props) {
  const setRef = (index: number, patch: Partial<ReferenceDraft>) =>
    onChange({ references: draft.references.map((r, i) => (i === index ? { ...r, ...patch } : r)) });

  return (
    <fieldset className="form-section">
      <legend>{t('form.section.references')}</legend>
      <FieldMessage path="references" />
      {draft.references.map((ref, i) => (
        <div key={i} className="row-editor" role="group" aria-label={t('form.referenceN', { n: i + 1 })}>
          <div className="grid grid-4">
            <Field label={t('form.refNumber')} path={`references.${i}.number`}>
              {({ id, describedBy }) => (
                <input id={id} value={ref.number} aria-describedby={describedBy} onChange={(e) => setRef(i, { number: e.target.value })} />
              )}
            </Field>
            <Field label={t('form.refKind')} path={`references.${i}.kind`}>
              {({ id, describedBy }) => (
                <input id={id} value={ref.kind} aria-describedby={describedBy} onChange={(e) => setRef(i, { kind: e.target.value })} />
              )}
            </Field>
            <Field label={t('form.refDate')} path={`references.${i}.date`}>
              {({ id, describedBy }) => (
                <input id={id} type="date" value={ref.date} aria-describedby={describedBy} onChange={(e) => setRef(i, { date: e.target.value })} />
              )}
            </Field>
            <Field label={t('form.refIssuer')} path={`references.${i}.issuer`}>
              {({ id, describedBy }) => (
                <input id={id} value={ref.issuer} aria-describedby={describedBy} onChange={(e) => setRef(i, { issuer: e.target.value })} />
              )}
            </Field>
          </div>
          <button
            type="button"
            className="btn btn-small btn-ghost-danger"
            onClick={() => onChange({ references: draft.references.filter((_, j) => j !== i) })}
          >
            {t('form.removeReference')}
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => onChange({ references: [...draft.references, emptyReference()] })}>
        {t('form.addReference')}
      </button>
      <Field label={t('form.preamble')} path="preamble" hint={t('form.preambleHint')}>
        {({ id, describedBy }) => (
          <textarea id={id} rows={4} value={draft.preamble} aria-describedby={describedBy} onChange={(e) => onChange({ preamble: e.target.value })} />
        )}
      </Field>
    </fieldset>
  );
}
