import { Field, FieldMessage } from '../../../../components/form-field';
import { t } from '../../../../i18n/t';
import { recurrenceLabel, recurrenceOptions } from '../report-summary';
import type { DirectiveDraft } from './draft';

type Props = { draft: DirectiveDraft; onChange: (patch: Partial<DirectiveDraft>) => void };

export function ClosingEditor({ draft, onChange }: Props) {
  return (
    <fieldset className="form-section">
      <legend>{t('form.section.closing')}</legend>
      <FieldMessage path="closing" />
      {draft.closing.map((text, i) => (
        <div key={i} className="row-editor">
          <Field label={t('form.closingN', { n: i + 1 })} path={`closing.${i}`}>
            {({ id, describedBy }) => (
              <textarea
                id={id}
                rows={3}
                value={text}
                aria-describedby={describedBy}
                onChange={(e) => onChange({ closing: draft.closing.map((c, j) => (j === i ? e.target.value : c)) })}
              />
            )}
          </Field>
          <button
            type="button"
            className="btn btn-small btn-ghost-danger"
            onClick={() => onChange({ closing: draft.closing.filter((_, j) => j !== i) })}
          >
            {t('form.removeClosing')}
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => onChange({ closing: [...draft.closing, ''] })}>
        {t('form.addClosing')}
      </button>
    </fieldset>
  );
}

export function ReportFields({ draft, onChange }: Props) {
  const set = (patch: Partial<DirectiveDraft['report']>) => onChange({ report: { ...draft.report, ...patch } });
  return (
    <fieldset className="form-section">
      <legend>{t('form.section.report')}</legend>
      <div className="check-row">
        <label className="check">
          <input type="checkbox" checked={draft.report.required} onChange={(e) => set({ required: e.target.checked })} />
          {t('form.reportRequired')}
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.report.onRequest} onChange={(e) => set({ onRequest: e.target.checked })} />
          {t('form.reportOnRequest')}
        </label>
      </div>
      <div className="grid grid-2">
        <Field label={t('form.reportDeadline')} path="report.deadline">
          {({ id, describedBy }) => (
            <input id={id} type="date" value={draft.report.deadline} aria-describedby={describedBy} onChange={(e) => set({ deadline: e.target.value })} />
          )}
        </Field>
        <Field label={t('form.reportRecurrence')} path="report.recurrence">
          {({ id, describedBy }) => (
            <select id={id} value={draft.report.recurrence} aria-describedby={describedBy} onChange={(e) => set({ recurrence: e.target.value })}>
              <option value="">{t('form.reportRecurrenceNone')}</option>
              {recurrenceOptions.map((r) => (
                <option key={r} value={r}>
                  {recurrenceLabel(r)}
                </option>
              ))}
              {draft.report.recurrence && !(recurrenceOptions as string[]).includes(draft.report.recurrence) ? (
                <option value={draft.report.recurrence}>{draft.report.recurrence}</option>
              ) : null}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
