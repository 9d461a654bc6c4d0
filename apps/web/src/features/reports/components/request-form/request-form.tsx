import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from '@tanstack/react-router';
import type { ReportRequest } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../../components/form-field';
import { errorText } from '../../../../components/status';
import { isApiError, type FieldError } from '../../../../lib/api-client';
import { todayIso } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { useDirectives } from '../../../directives/api/get-directives';
import { useFollowers } from '../../api/get-followers';
import { useCreateReportRequest, useOpenReportRequest, useUpdateReportRequest } from '../../api/save-report-request';
import { FilesField } from '../files-field';
import { contentsLabel, contentsOptions, frequencyLabel, frequencyOptions, kindLabel, kindOptions } from '../labels';
import { draftFromRequest, localProblems, toCreateInput, toUpdateInput, type RequestDraft } from './draft';
import { FieldsEditor } from './fields-editor';
import { OutlineEditor } from './outline-editor';
import { RecipientsEditor, directiveLabel } from './recipients-editor';

type Props = {
  initial: RequestDraft;
  /** The request being edited; a new one otherwise. */
  request?: ReportRequest | undefined;
  fromTemplate?: boolean;
};

export function RequestForm({ initial, request, fromTemplate = false }: Props) {
  const [draft, setDraft] = useState(initial);
  // The version this form was filled from: saving against a newer one would overwrite someone's change.
  const [baseVersion, setBaseVersion] = useState(request?.version ?? 0);
  const [local, setLocal] = useState<FieldError[]>([]);
  const create = useCreateReportRequest();
  const update = useUpdateReportRequest(request?.id ?? 0);
  const open = useOpenReportRequest();
  const directives = useDirectives();
  const followers = useFollowers();
  const navigate = useNavigate();
  const titleId = useId();
  const sent = request !== undefined && request.status !== 'draft';
  const busy = create.isPending || update.isPending || open.isPending;
  const failed = [open, update, create].find((m) => m.isError)?.error;
  const conflict = isApiError(failed) && failed.code === 'CONFLICT';
  const serverFields = isApiError(failed) ? failed.fields : [];
  const fields = local.length ? local : serverFields;

  const set = (change: Partial<RequestDraft>) => setDraft((d) => ({ ...d, ...change }));
  // A period left open at its end (a directive that names no deadline) runs to the deadline, as the department's requests do.
  const setDeadline = (deadline: string) =>
    setDraft((d) => ({ ...d, deadline, ...(d.kind !== 'periodic' && d.periodFrom && (!d.periodTo || d.periodTo === d.deadline) ? { periodTo: deadline } : {}) }));
  const show = (id: number) => void navigate({ to: '/reports/requests/$requestId', params: { requestId: String(id) } });

  const save = async (send: boolean) => {
    const problems = localProblems(draft, todayIso(), send);
    setLocal(problems);
    if (problems.length) return;
    create.reset();
    update.reset();
    open.reset();
    let saved: ReportRequest;
    try {
      saved = request ? await update.mutateAsync(toUpdateInput(draft, baseVersion, sent)) : await create.mutateAsync(toCreateInput(draft));
    } catch {
      return; // shown from the mutation's error
    }
    if (send && saved.status === 'draft') {
      try {
        saved = await open.mutateAsync({ id: saved.id, version: saved.version });
      } catch {
        // Saved but not sent: a new request now exists, so its page (with "Gửi") is where to go on.
        if (request) setBaseVersion(saved.version);
        else show(saved.id);
        return;
      }
    }
    show(saved.id);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(!sent && (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'send');
  };

  const periodic = draft.kind === 'periodic';
  const linked = draft.directiveId !== null ? (directives.data?.find((d) => d.id === draft.directiveId) ?? request?.directive ?? null) : null;

  return (
    <FieldErrorsProvider value={fields}>
      <form className="request-form" onSubmit={onSubmit} noValidate aria-labelledby={titleId} data-testid="request-form">
        <header className="page-header">
          <div>
            <h1 id={titleId}>{request ? t('rr.form.editTitle') : t('rr.form.newTitle')}</h1>
            <p className="page-subtitle">{fromTemplate ? t('rr.form.fromTemplate') : request ? request.title : t('rr.form.newSubtitle')}</p>
          </div>
        </header>
        {sent ? <p className="notice notice-warning">{t('rr.form.sentNotice')}</p> : null}

        {sent ? null : (
          <fieldset className="form-section">
            <legend>{t('rr.form.general')}</legend>
            <Field label={t('rr.form.title')} path="title">
              {({ id, describedBy, invalid }) => (
                <input id={id} value={draft.title} maxLength={500} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ title: e.target.value })} />
              )}
            </Field>
            <div className="grid grid-3">
              <Field label={t('rr.form.kind')} path="kind">
                {({ id, describedBy }) => (
                  <select id={id} value={draft.kind} aria-describedby={describedBy} onChange={(e) => set({ kind: e.target.value as RequestDraft['kind'] })}>
                    {kindOptions.map((k) => (
                      <option key={k} value={k}>
                        {t(kindLabel[k])}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {periodic ? (
                <Field label={t('rr.form.frequency')} path="frequency">
                  {({ id, describedBy, invalid }) => (
                    <select id={id} value={draft.frequency} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ frequency: e.target.value as RequestDraft['frequency'] })}>
                      <option value="">{t('rr.form.frequencyPlaceholder')}</option>
                      {frequencyOptions.map((f) => (
                        <option key={f} value={f}>
                          {t(frequencyLabel[f])}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ) : null}
              <Field label={t('rr.form.contents')} path="contents">
                {({ id, describedBy }) => (
                  <select id={id} value={draft.contents} aria-describedby={describedBy} onChange={(e) => set({ contents: e.target.value as RequestDraft['contents'] })}>
                    {contentsOptions.map((c) => (
                      <option key={c} value={c}>
                        {t(contentsLabel[c])}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <div className="grid grid-2">
              <Field label={t('rr.form.directive')} path="directiveId" hint={t('rr.form.directiveHint')}>
                {({ id, describedBy }) => (
                  <select id={id} value={draft.directiveId ?? ''} aria-describedby={describedBy} onChange={(e) => set({ directiveId: e.target.value ? Number(e.target.value) : null })}>
                    <option value="">{t('rr.form.directiveNone')}</option>
                    {linked && !directives.data?.some((d) => d.id === linked.id) ? <option value={linked.id}>{directiveLabel(linked)}</option> : null}
                    {(directives.data ?? [])
                      .filter((d) => d.status === 'published')
                      .map((d) => (
                        <option key={d.id} value={d.id}>
                          {directiveLabel(d)}
                        </option>
                      ))}
                  </select>
                )}
              </Field>
              <Field label={t('rr.form.delivery')} path="delivery" hint={t('rr.form.deliveryHint')}>
                {({ id, describedBy }) => <input id={id} value={draft.delivery} maxLength={300} aria-describedby={describedBy} onChange={(e) => set({ delivery: e.target.value })} />}
              </Field>
            </div>
          </fieldset>
        )}

        {sent ? null : (
          <fieldset className="form-fieldset-plain">
            <RecipientsEditor draft={draft} directives={directives.data ?? []} onChange={set} />
          </fieldset>
        )}

        <fieldset className="form-section">
          <legend>{t('rr.form.time')}</legend>
          {periodic && !sent ? <p className="field-hint periodic-hint">{t('rr.form.periodicHint')}</p> : null}
          <div className="grid grid-3">
            {periodic || sent ? null : (
              <>
                <Field label={t('rr.form.periodFrom')} path="periodFrom">
                  {({ id, describedBy, invalid }) => (
                    <input id={id} type="date" value={draft.periodFrom} max={draft.periodTo || undefined} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ periodFrom: e.target.value })} />
                  )}
                </Field>
                <Field label={t('rr.form.periodTo')} path="periodTo">
                  {({ id, describedBy, invalid }) => (
                    <input id={id} type="date" value={draft.periodTo} min={draft.periodFrom || undefined} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ periodTo: e.target.value })} />
                  )}
                </Field>
              </>
            )}
            <Field label={periodic ? t('rr.form.deadlineFirst') : t('rr.form.deadline')} path="deadline" hint={sent ? t('rr.form.deadlineSentHint') : undefined}>
              {({ id, describedBy, invalid }) => (
                <input id={id} type="date" value={draft.deadline} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setDeadline(e.target.value)} />
              )}
            </Field>
          </div>
        </fieldset>

        {sent ? null : (
          <fieldset className="form-fieldset-plain">
            <OutlineEditor value={draft.outline} onChange={(outline) => set({ outline })} />
            <FieldsEditor value={draft.fields} onChange={(f) => set({ fields: f })} />
          </fieldset>
        )}

        {request ? (
          <FilesField owner={{ requestId: request.id }} files={request.files} editable legend={t('rfile.requestLegend')} />
        ) : (
          <fieldset className="form-section">
            <legend>{t('rfile.requestLegend')}</legend>
            <p className="field-hint">{t('rr.form.filesAfterSave')}</p>
          </fieldset>
        )}

        <fieldset className="form-section">
          <legend>{t('rr.form.noteLegend')}</legend>
          <Field label={t('rr.form.responsible')} path="responsibleId" hint={t('rr.form.responsibleHint')}>
            {({ id, describedBy }) => (
              <select
                id={id}
                value={draft.responsibleId ?? ''}
                aria-describedby={describedBy}
                onChange={(e) => set({ responsibleId: e.target.value ? Number(e.target.value) : null })}
              >
                <option value="">{t('rr.form.responsibleSelf')}</option>
                {(followers.data?.items ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.unitName ? `${p.fullName} — ${p.unitName}` : p.fullName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('rr.form.note')} path="note">
            {({ id, describedBy }) => <textarea id={id} rows={3} value={draft.note} maxLength={5000} aria-describedby={describedBy} onChange={(e) => set({ note: e.target.value })} />}
          </Field>
        </fieldset>

        <div className="sticky-actions">
          <div className="form-status" role="status">
            {conflict ? (
              <span className="form-error">
                {t('rr.form.conflict')}{' '}
                {request ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => {
                      setDraft(draftFromRequest(request));
                      setBaseVersion(request.version);
                      update.reset();
                    }}
                  >
                    {t('rr.form.reload')}
                  </button>
                ) : null}
              </span>
            ) : failed && serverFields.length === 0 ? (
              <span className="form-error">{errorText(failed)}</span>
            ) : fields.length ? (
              <span className="form-error">
                {t('form.errorsSummary', { n: fields.length })} {fields.map((f) => f.message).join(' ')}
              </span>
            ) : busy ? (
              t('common.saving')
            ) : null}
          </div>
          <div className="actions">
            <button type="button" className="btn" disabled={busy} onClick={() => (request ? show(request.id) : history.back())}>
              {t('common.cancel')}
            </button>
            <button type="submit" name="action" value="save" className={sent ? 'btn btn-primary' : 'btn'} disabled={busy}>
              {sent ? t('rr.form.saveChanges') : t('rr.form.saveDraft')}
            </button>
            {sent ? null : (
              <button type="submit" name="action" value="send" className="btn btn-primary" disabled={busy}>
                {t('rr.form.saveAndSend')}
              </button>
            )}
          </div>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
