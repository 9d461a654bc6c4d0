import { Field, FieldMessage } from '../../../components/form-field';
import { t } from '../../../i18n/t';

type Props = { recipients: string[]; onChange: (next: string[]) => void; readOnly: boolean };

/** "Nơi nhận": one line each ("Như trên;", "Lưu: VT, TTBCXB."), printed under the signature block. */
export function SummaryReportRecipients({ recipients, onChange, readOnly }: Props) {
  return (
    <fieldset className="form-section summary-recipients">
      <legend>{t('summary.recipients')}</legend>
      <FieldMessage path="recipients" />
      <ul className="summary-recipient-list">
        {recipients.map((r, i) => (
          // Lines have no identity of their own but their place; removing one re-renders those below.
          <li key={i} className="summary-recipient">
            <Field label={t('summary.recipient', { n: i + 1 })} path={`recipients.${i}`}>
              {(c) => (
                <input
                  id={c.id}
                  aria-describedby={c.describedBy}
                  aria-invalid={c.invalid || undefined}
                  value={r}
                  readOnly={readOnly}
                  onChange={(e) => onChange(recipients.map((x, j) => (j === i ? e.target.value : x)))}
                  data-testid="summary-recipient"
                />
              )}
            </Field>
            {readOnly ? null : (
              <button type="button" className="btn btn-small" onClick={() => onChange(recipients.filter((_, j) => j !== i))} aria-label={t('summary.removeRecipientN', { n: i + 1 })}>
                {t('summary.removeRecipient')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <button type="button" className="btn" disabled={recipients.length >= 50} onClick={() => onChange([...recipients, ''])}>
          + {t('summary.addRecipient')}
        </button>
      )}
    </fieldset>
  );
}
