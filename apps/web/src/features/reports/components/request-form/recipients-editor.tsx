import { useId, useState } from 'react';
import type { DirectiveSummary } from '@dondoc/schemas';
import { formatDirectiveNumber } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { UnitPicker } from '../../../units/components/unit-picker';
import type { RequestDraft } from './draft';

type Props = {
  draft: RequestDraft;
  onChange: (change: Pick<RequestDraft, 'picks'> | Pick<RequestDraft, 'directives'>) => void;
  directives: DirectiveSummary[];
};

export const directiveLabel = (d: Pick<DirectiveSummary, 'number' | 'symbol' | 'subject'>) => {
  const subject = d.subject.length > 90 ? `${d.subject.slice(0, 89)}…` : d.subject;
  return `${formatDirectiveNumber(d)} — ${subject}`;
};

/** Who must report: units and groups from the directory, or every unit a directive was sent to. */
export function RecipientsEditor({ draft, onChange, directives }: Props) {
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const published = directives.filter((d) => d.status === 'published' && !draft.directives.some((x) => x.id === d.id));
  const units = draft.picks.filter((p) => p.unitId !== null && p.groupId === null).length;
  const groups = draft.picks.filter((p) => p.groupId !== null).length;

  return (
    <fieldset className="form-section">
      <legend>{t('rr.form.recipients')}</legend>
      <UnitPicker
        label={t('rr.form.recipientsPick')}
        hint={t('rr.form.recipientsHint')}
        value={draft.picks}
        allowFreeText={false}
        path="recipients"
        onChange={(picks) => onChange({ picks })}
      />
      <div className="field">
        <label htmlFor={selectId}>{t('rr.form.recipientsDirective')}</label>
        <div className="inline-add">
          <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('rr.form.recipientsDirectivePlaceholder')}</option>
            {published.map((d) => (
              <option key={d.id} value={d.id}>
                {directiveLabel(d)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn"
            disabled={!chosen}
            onClick={() => {
              const d = directives.find((x) => String(x.id) === chosen);
              if (d) onChange({ directives: [...draft.directives, { id: d.id, label: directiveLabel(d) }] });
              setChosen('');
            }}
          >
            {t('rr.form.add')}
          </button>
        </div>
        {draft.directives.length ? (
          <ul className="chips" aria-label={t('rr.form.recipientsDirectiveChosen')}>
            {draft.directives.map((d) => (
              <li key={d.id} className="chip">
                <span className="chip-kind">{t('rr.form.recipientsDirectiveKind')}</span>
                <span className="chip-label">{d.label}</span>
                <button
                  type="button"
                  className="chip-btn"
                  aria-label={t('picker.removeLabel', { label: d.label })}
                  onClick={() => onChange({ directives: draft.directives.filter((x) => x.id !== d.id) })}
                >
                  {t('picker.remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="form-status" data-testid="recipients-count">
        {t('rr.form.recipientsCount', { units, groups, directives: draft.directives.length })}
      </p>
    </fieldset>
  );
}
