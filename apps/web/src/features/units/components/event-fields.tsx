import { Field } from '../../../components/form-field';
import { t } from '../../../i18n/t';

export type EventFieldValues = { effectiveOn: string; legalBasis: string; note: string };

type Props = {
  value: EventFieldValues;
  onChange: (patch: Partial<EventFieldValues>) => void;
  /** The date's field path in the request ("validTo" when retiring). */
  datePath?: string;
  dateLabel?: string;
  withNote?: boolean;
};

/** What every directory event records: from when, on which legal basis, and why. */
export function EventFields({ value, onChange, datePath = 'effectiveOn', dateLabel, withNote = true }: Props) {
  return (
    <>
      <div className="grid event-fields">
        <Field label={dateLabel ?? t('unitEvent.effectiveOn')} path={datePath}>
          {({ id, describedBy }) => (
            <input id={id} type="date" value={value.effectiveOn} aria-describedby={describedBy} onChange={(e) => onChange({ effectiveOn: e.target.value })} required />
          )}
        </Field>
        <Field label={t('unitEvent.legalBasis')} path="legalBasis" hint={t('unitEvent.legalBasisHint')}>
          {({ id, describedBy }) => (
            <input id={id} value={value.legalBasis} aria-describedby={describedBy} onChange={(e) => onChange({ legalBasis: e.target.value })} required />
          )}
        </Field>
      </div>
      {withNote ? (
        <Field label={t('unitEvent.note')} path="note">
          {({ id, describedBy }) => (
            <textarea id={id} rows={2} value={value.note} aria-describedby={describedBy} onChange={(e) => onChange({ note: e.target.value })} />
          )}
        </Field>
      ) : null}
    </>
  );
}

/** Required fields left empty: the button stays disabled until they are filled. */
export const eventFieldsMissing = (v: EventFieldValues) => !v.effectiveOn || !v.legalBasis.trim();
