import type { FieldError } from '../../../../lib/api-client';
import { UnitPicker } from '../../../units/components/unit-picker';
import { t } from '../../../../i18n/t';
import { CcEditor } from './cc-editor';
import { ClosingEditor, ReportFields } from './closing-editor';
import type { DirectiveDraft } from './draft';
import { HeaderFields, SignerFields } from './header-fields';
import { PartsEditor } from './parts-editor';
import { ReferencesEditor } from './references-editor';

type Props = { draft: DirectiveDraft; onChange: (patch: Partial<DirectiveDraft>) => void };

/**
 * Every section of a directive, top to bottom as on paper. The state belongs to the caller:
 * the directive form and the intake page both hold a draft and render it through this.
 */
export function DirectiveFields({ draft, onChange }: Props) {
  return (
    <>
      <HeaderFields draft={draft} onChange={onChange} />
      <ReferencesEditor draft={draft} onChange={onChange} />
      <fieldset className="form-section">
        <legend>{t('form.section.recipients')}</legend>
        <UnitPicker
          label={t('form.recipients')}
          hint={t('form.recipientsHint')}
          value={draft.recipients}
          onChange={(recipients) => onChange({ recipients })}
          path="recipients"
        />
      </fieldset>
      <PartsEditor parts={draft.parts} onChange={(parts) => onChange({ parts })} />
      <ClosingEditor draft={draft} onChange={onChange} />
      <ReportFields draft={draft} onChange={onChange} />
      <CcEditor draft={draft} onChange={onChange} />
      <SignerFields draft={draft} onChange={onChange} />
    </>
  );
}

/** The server's field errors in one list above the form, each beside its own field too. */
export function FieldErrorsSummary({ fields }: { fields: readonly FieldError[] }) {
  if (!fields.length) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('form.errorsSummary', { n: fields.length })}</p>
      <ul>
        {fields.map((f, i) => (
          <li key={i}>
            <code>{f.path}</code>: {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
