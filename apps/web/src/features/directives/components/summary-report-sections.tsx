import type { SummaryReportSection } from '@dondoc/schemas';
import { Field, FieldMessage } from '../../../components/form-field';
import { t } from '../../../i18n/t';

type Props = { sections: SummaryReportSection[]; onChange: (next: SummaryReportSection[]) => void; readOnly: boolean };

/** A key for a new section, unlike any the draft has (the writers match sections by key). */
function newKey(sections: SummaryReportSection[]): string {
  let n = sections.length + 1;
  while (sections.some((s) => s.key === `muc_${n}`)) n += 1;
  return `muc_${n}`;
}

/** The report's sections in order: each titled (or not) with its text; added, removed and moved. */
export function SummaryReportSections({ sections, onChange, readOnly }: Props) {
  const edit = (i: number, patch: Partial<SummaryReportSection>) => onChange(sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...sections];
    const [s] = next.splice(i, 1);
    if (s) next.splice(i + by, 0, s);
    onChange(next);
  };
  return (
    <fieldset className="form-section summary-sections">
      <legend>{t('summary.sections')}</legend>
      <FieldMessage path="sections" />
      <ol className="summary-section-list">
        {sections.map((s, i) => (
          <li key={s.key} className="summary-section" data-testid="summary-section">
            <Field label={t('summary.sectionTitle')} path={`sections.${i}.title`} hint={i === 0 ? t('summary.sectionTitleHint') : undefined}>
              {(c) => (
                <input
                  id={c.id}
                  aria-describedby={c.describedBy}
                  aria-invalid={c.invalid || undefined}
                  value={s.title}
                  readOnly={readOnly}
                  placeholder={t('summary.sectionN', { n: i + 1 })}
                  onChange={(e) => edit(i, { title: e.target.value })}
                  data-testid="summary-section-title"
                />
              )}
            </Field>
            <Field label={`${t('summary.sectionBody')} — ${s.title || t('summary.sectionN', { n: i + 1 })}`} path={`sections.${i}.body`}>
              {(c) => (
                <textarea
                  id={c.id}
                  aria-describedby={c.describedBy}
                  aria-invalid={c.invalid || undefined}
                  value={s.body}
                  readOnly={readOnly}
                  rows={Math.min(16, Math.max(4, s.body.split('\n').length + 1))}
                  onChange={(e) => edit(i, { body: e.target.value })}
                />
              )}
            </Field>
            {readOnly ? null : (
              <div className="actions summary-section-actions">
                <button type="button" className="btn btn-small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`${t('summary.moveUp')}: ${t('summary.sectionN', { n: i + 1 })}`}>
                  ↑ {t('summary.moveUp')}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={i === sections.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`${t('summary.moveDown')}: ${t('summary.sectionN', { n: i + 1 })}`}
                >
                  ↓ {t('summary.moveDown')}
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  onClick={() => onChange(sections.filter((_, j) => j !== i))}
                  aria-label={`${t('summary.removeSection')}: ${t('summary.sectionN', { n: i + 1 })}`}
                >
                  {t('summary.removeSection')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <button type="button" className="btn" disabled={sections.length >= 30} onClick={() => onChange([...sections, { key: newKey(sections), title: '', body: '' }])}>
          + {t('summary.addSection')}
        </button>
      )}
    </fieldset>
  );
}
