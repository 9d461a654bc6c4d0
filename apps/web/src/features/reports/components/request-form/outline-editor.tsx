import { Field, FieldMessage } from '../../../../components/form-field';
import { t } from '../../../../i18n/t';
import { move, newSection, type OutlineRow } from './draft';

type Props = { value: OutlineRow[]; onChange: (rows: OutlineRow[]) => void };

/** Đề cương: sections in order, each with the prompt units see above their text box. */
export function OutlineEditor({ value, onChange }: Props) {
  const patch = (i: number, change: Partial<OutlineRow>) => onChange(value.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <fieldset className="form-section">
      <legend>{t('rr.form.outline')}</legend>
      <p className="field-hint">{t('rr.form.outlineHint')}</p>
      <FieldMessage path="outline" />
      <ol className="row-list" aria-label={t('rr.form.outline')}>
        {value.map((s, i) => (
          <li key={s.uid} className="row-card" data-testid="outline-row">
            <div className="row-card-head">
              <span className="row-card-number">{t('rr.form.sectionN', { n: i + 1 })}</span>
              <RowTools n={i + 1} count={value.length} what={t('rr.form.sectionWord')} onMove={(by) => onChange(move(value, i, by))} onRemove={() => onChange(value.filter((_, j) => j !== i))} />
            </div>
            <div className="grid outline-grid">
              <Field label={t('rr.form.sectionTitle')} path={`outline.${i}.title`}>
                {({ id, describedBy, invalid }) => (
                  <textarea id={id} rows={2} value={s.title} maxLength={300} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => patch(i, { title: e.target.value.replace(/\n/g, ' ') })} />
                )}
              </Field>
              <Field label={t('rr.form.sectionPrompt')} path={`outline.${i}.prompt`}>
                {({ id, describedBy }) => <textarea id={id} rows={2} value={s.prompt} maxLength={2000} aria-describedby={describedBy} onChange={(e) => patch(i, { prompt: e.target.value })} />}
              </Field>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn-small" onClick={() => onChange([...value, newSection()])}>
        {t('rr.form.addSection')}
      </button>
    </fieldset>
  );
}

/** Up, down and remove for one row of a list; labelled with the row's number for screen readers. */
export function RowTools({ n, count, what, onMove, onRemove }: { n: number; count: number; what: string; onMove: (by: -1 | 1) => void; onRemove: () => void }) {
  return (
    <div className="row-tools">
      <button type="button" className="btn btn-ghost btn-small" disabled={n === 1} aria-label={t('rr.form.moveUpLabel', { what, n })} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" className="btn btn-ghost btn-small" disabled={n === count} aria-label={t('rr.form.moveDownLabel', { what, n })} onClick={() => onMove(1)}>
        ↓
      </button>
      <button type="button" className="btn btn-ghost-danger btn-small" aria-label={t('rr.form.removeLabel', { what, n })} onClick={onRemove}>
        {t('rr.form.remove')}
      </button>
    </div>
  );
}
