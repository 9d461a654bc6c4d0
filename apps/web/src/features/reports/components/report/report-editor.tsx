import { useMemo, useState } from 'react';
import type { FieldError } from '../../../../lib/api-client';
import type { ReportDetail } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../../components/form-field';
import { errorText } from '../../../../components/status';
import { isApiError } from '../../../../lib/api-client';
import { formatDateTime } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { FilesField } from '../files-field';
import { contentOf, payloadOf, type Content } from './content';
import { ExtensionDialog } from './extension-dialog';
import { PrefillDialog } from './prefill-dialog';
import { SubmitDialog } from './submit-dialog';
import { useAutosave, type SavePhase } from './use-autosave';

type Props = { report: ReportDetail; onConflict: (error: unknown) => void };

/**
 * The unit's draft: a text box per outline section (its prompt above), the figures, "nothing to
 * report" with its explanation, attachments. It saves itself; the unit head sends it.
 */
export function ReportEditor({ report, onConflict }: Props) {
  const { outline, fields } = report.request;
  const [content, setContent] = useState<Content>(() => contentOf(report, fields));
  const [dialog, setDialog] = useState<'prefill' | 'submit' | 'extension' | null>(null);
  const [submitFields, setSubmitFields] = useState<FieldError[]>([]);
  const { payload, invalid } = useMemo(() => payloadOf(content, fields), [content, fields]);
  const autosave = useAutosave(report, invalid.length ? null : payload, onConflict);

  const localErrors: FieldError[] = invalid.map((k) => ({ path: `figures.${k}`, message: t('rep.figure.notNumber') }));
  const errors = [...localErrors, ...submitFields.filter((f) => !localErrors.some((l) => l.path === f.path))];
  const setSection = (key: string, text: string) => setContent((c) => ({ ...c, narrative: { ...c.narrative, [key]: text } }));
  const setFigure = (key: string, text: string) => setContent((c) => ({ ...c, figures: { ...c.figures, [key]: text } }));
  const wantsText = report.request.contents !== 'figures';
  const wantsFigures = report.request.contents !== 'text';

  return (
    <FieldErrorsProvider value={errors}>
      <div className="report-editor" data-testid="report-editor">
        <div className="editor-tools">
          <button type="button" className="btn" onClick={() => setDialog('prefill')} disabled={content.nothingToReport}>
            {t('rep.prefill.button')}
          </button>
          {report.can.requestExtension ? (
            <button type="button" className="btn" onClick={() => setDialog('extension')}>
              {t('ext.ask')}
            </button>
          ) : null}
        </div>

        <label className="check nothing-check">
          <input type="checkbox" checked={content.nothingToReport} onChange={(e) => setContent((c) => ({ ...c, nothingToReport: e.target.checked }))} />
          <span>
            <strong>{t('rep.nothing')}</strong> <span className="muted">{t('rep.nothingHint')}</span>
          </span>
        </label>
        {content.nothingToReport ? (
          <Field label={t('rep.explanation')} path="explanation" hint={t('rep.explanationHint')}>
            {({ id, describedBy, invalid: bad }) => (
              <textarea id={id} rows={4} value={content.explanation} maxLength={5000} aria-describedby={describedBy} aria-invalid={bad || undefined} onChange={(e) => setContent((c) => ({ ...c, explanation: e.target.value }))} />
            )}
          </Field>
        ) : (
          <>
            {wantsText
              ? outline.map((s, i) => (
                  <section key={s.key} className="report-section" aria-labelledby={`sec-${s.key}`}>
                    <h2 id={`sec-${s.key}`}>{s.title}</h2>
                    {s.prompt ? (
                      <p className="section-prompt" id={`prompt-${s.key}`}>
                        {s.prompt}
                      </p>
                    ) : null}
                    <Field label={t('rep.sectionLabel', { n: i + 1 })} path={`narrative.${s.key}`} className="section-field">
                      {({ id, describedBy, invalid: bad }) => (
                        <textarea
                          id={id}
                          rows={rowsFor(content.narrative[s.key] ?? '')}
                          value={content.narrative[s.key] ?? ''}
                          aria-describedby={[s.prompt ? `prompt-${s.key}` : null, describedBy].filter(Boolean).join(' ') || undefined}
                          aria-invalid={bad || undefined}
                          onChange={(e) => setSection(s.key, e.target.value)}
                        />
                      )}
                    </Field>
                  </section>
                ))
              : null}
            {wantsFigures && fields.length ? (
              <section className="report-section" aria-labelledby="figures-heading">
                <h2 id="figures-heading">{t('rep.figures')}</h2>
                <div className="figure-grid">
                  {fields.map((f) => (
                    <Field key={f.key} label={f.name} path={`figures.${f.key}`} hint={f.unit ?? undefined} className="figure-field">
                      {({ id, describedBy, invalid: bad }) =>
                        f.type === 'choice' ? (
                          <select id={id} value={content.figures[f.key] ?? ''} aria-describedby={describedBy} aria-invalid={bad || undefined} onChange={(e) => setFigure(f.key, e.target.value)}>
                            <option value="">{t('rep.figure.choose')}</option>
                            {(f.choices ?? []).map((c) => (
                              <option key={c} value={c}>
                                {c}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <input
                            id={id}
                            inputMode={f.type === 'number' ? 'decimal' : undefined}
                            className={f.type === 'number' ? 'num-input' : undefined}
                            value={content.figures[f.key] ?? ''}
                            aria-describedby={describedBy}
                            aria-invalid={bad || undefined}
                            onChange={(e) => setFigure(f.key, e.target.value)}
                          />
                        )
                      }
                    </Field>
                  ))}
                </div>
              </section>
            ) : null}
          </>
        )}

        <FilesField owner={{ reportId: report.id }} files={report.files} editable legend={t('rfile.reportLegend')} />
        {report.request.files.length ? <FilesField owner={{ requestId: report.request.id }} files={report.request.files} editable={false} legend={t('rfile.requestFilesForUnit')} /> : null}

        <div className="sticky-actions">
          <SaveStatus phase={autosave.phase} dirty={autosave.dirty} savedAt={autosave.savedAt} invalid={invalid.length > 0} />
          <div className="actions">
            {report.can.submit ? (
              <button type="button" className="btn btn-primary" onClick={() => setDialog('submit')} data-testid="submit-report">
                {report.status === 'returned' ? t('rep.resubmit') : t('rep.submit')}
              </button>
            ) : (
              <>
                <span className="form-status head-only">{t('rep.headOnly')}</span>
                <button type="button" className="btn btn-primary" disabled>
                  {t('rep.submit')}
                </button>
              </>
            )}
          </div>
        </div>
      </div>

      <PrefillDialog open={dialog === 'prefill'} report={report} content={content} onApply={setContent} onClose={() => setDialog(null)} />
      <SubmitDialog
        open={dialog === 'submit'}
        report={report}
        payload={invalid.length ? null : payload}
        autosave={autosave}
        onFieldErrors={setSubmitFields}
        onClose={() => setDialog(null)}
      />
      <ExtensionDialog open={dialog === 'extension'} report={report} onClose={() => setDialog(null)} />
    </FieldErrorsProvider>
  );
}

/** Rows enough for the text (long lines wrap at about 90 characters), between 4 and 14. */
function rowsFor(text: string): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 90)), 0);
  return Math.min(14, Math.max(4, lines + 1));
}

function SaveStatus({ phase, dirty, savedAt, invalid }: { phase: SavePhase; dirty: boolean; savedAt: string | null; invalid: boolean }) {
  let text: string;
  let bad = false;
  if (invalid) {
    text = t('rep.save.invalid');
    bad = true;
  } else if (phase.kind === 'saving') text = t('rep.save.saving');
  else if (phase.kind === 'error') {
    text = t('rep.save.failed', { message: isApiError(phase.error) ? phase.error.message : errorText(phase.error) });
    bad = true;
  } else if (dirty) text = t('rep.save.pending');
  else if (savedAt) text = t('rep.save.savedAt', { at: formatDateTime(savedAt) });
  else text = t('rep.save.notYet');
  return (
    <span className={`form-status save-status${bad ? ' is-bad' : ''}`} role="status" data-testid="save-status">
      {text}
    </span>
  );
}
