import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Activity, ActivityForm as Form, EvidenceFile, TaskWithItems } from '@dondoc/schemas';
import { activityMeasures } from '@dondoc/schemas/activity-constants';
import { Field, FieldErrorsProvider, FieldMessage, useFieldErrors } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { isApiError, type FieldError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useCreateActivity, useUpdateActivity } from '../api/save-activity';
import { EvidenceField, useEvidenceUploads } from './evidence-field';
import { formLabel, formOptions } from './labels';

type Props = {
  task: TaskWithItems;
  /** Editing this one; a new activity otherwise. */
  activity?: Activity | undefined;
  onDone: () => void;
  onCancel: () => void;
};

type State = {
  itemIds: number[];
  dateFrom: string;
  dateTo: string;
  form: Form | '';
  title: string;
  description: string;
  quantity: string;
  measure: string;
  reach: string;
  links: string[];
  files: EvidenceFile[];
};

function initial(task: TaskWithItems, a: Activity | undefined): State {
  if (!a) {
    return {
      // A task of one item: that is the item.
      itemIds: task.items.length === 1 && task.items[0] ? [task.items[0].id] : [],
      dateFrom: todayIso(),
      dateTo: '',
      form: '',
      title: '',
      description: '',
      quantity: '',
      measure: '',
      reach: '',
      links: [],
      files: [],
    };
  }
  return {
    itemIds: a.items.map((i) => i.id),
    dateFrom: a.dateFrom,
    dateTo: a.dateTo ?? '',
    form: a.form,
    title: a.title,
    description: a.description ?? '',
    quantity: a.quantity === null ? '' : String(a.quantity),
    measure: a.measure ?? '',
    reach: a.reach === null ? '' : String(a.reach),
    links: a.links,
    files: a.evidence,
  };
}

const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/** What can be told before asking the server: the required fields. */
function localProblems(s: State): FieldError[] {
  const out: FieldError[] = [];
  if (s.itemIds.length === 0) out.push({ path: 'itemIds', message: t('activities.error.items') });
  if (!s.dateFrom) out.push({ path: 'dateFrom', message: t('activities.error.date') });
  if (s.dateTo && s.dateFrom && s.dateTo < s.dateFrom) out.push({ path: 'dateTo', message: t('activities.error.dateTo') });
  if (!s.form) out.push({ path: 'form', message: t('activities.error.form') });
  if (!s.title.trim()) out.push({ path: 'title', message: t('activities.error.title') });
  if (s.quantity.trim() !== '' && !s.measure.trim()) out.push({ path: 'measure', message: t('activities.error.measure') });
  if (s.measure.trim() && s.quantity.trim() === '') out.push({ path: 'quantity', message: t('activities.error.quantity') });
  return out;
}

/** "Thêm hoạt động" and "Sửa hoạt động": items, date or range, form, figures, links and evidence. */
export function ActivityForm({ task, activity, onDone, onCancel }: Props) {
  const [state, setState] = useState<State>(() => initial(task, activity));
  const [seenVersion, setSeenVersion] = useState(activity?.version);
  const [local, setLocal] = useState<FieldError[]>([]);
  const create = useCreateActivity(task.id);
  const update = useUpdateActivity(activity?.id ?? 0);
  const save = activity ? update : create;
  const uploads = useEvidenceUploads((file) => setState((s) => ({ ...s, files: [...s.files, file] })));
  const measuresId = useId();

  // A newer version from the server (someone else's save, after a 409) replaces the form.
  if (activity && activity.version !== seenVersion) {
    setSeenVersion(activity.version);
    setState(initial(task, activity));
  }

  const set = <K extends keyof State>(key: K, value: State[K]) => setState((s) => ({ ...s, [key]: value }));
  const conflict = isApiError(save.error) && save.error.code === 'CONFLICT';
  const serverFields = isApiError(save.error) ? save.error.fields : [];
  const fields = local.length ? local : serverFields;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const links = state.links.map((l) => l.trim()).filter(Boolean);
    const s = { ...state, links };
    setState(s);
    const problems = localProblems(s);
    setLocal(problems);
    if (problems.length || uploads.busy) return;
    const body = {
      itemIds: s.itemIds,
      dateFrom: s.dateFrom,
      dateTo: s.dateTo || null,
      form: s.form as Form,
      title: s.title.trim(),
      description: s.description.trim() || null,
      quantity: numberOrNull(s.quantity),
      measure: s.measure.trim() || null,
      reach: numberOrNull(s.reach),
      links,
      evidenceIds: s.files.map((f) => f.id),
    };
    if (activity) update.mutate({ ...body, version: activity.version }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  };

  const titleId = useId();
  return (
    <FieldErrorsProvider value={fields}>
      <form className="activity-form" onSubmit={onSubmit} noValidate aria-labelledby={titleId} data-testid="activity-form">
        <h3 id={titleId}>{activity ? t('activities.editTitle') : t('activities.addTitle')}</h3>
        <ItemsField task={task} value={state.itemIds} onChange={(ids) => set('itemIds', ids)} />
        <div className="grid grid-3">
          <Field label={t('activities.field.dateFrom')} path="dateFrom">
            {({ id, describedBy, invalid }) => (
              <input id={id} type="date" value={state.dateFrom} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('dateFrom', e.target.value)} />
            )}
          </Field>
          <Field label={t('activities.field.dateTo')} path="dateTo" hint={t('activities.field.dateToHint')}>
            {({ id, describedBy, invalid }) => (
              <input id={id} type="date" value={state.dateTo} min={state.dateFrom || undefined} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('dateTo', e.target.value)} />
            )}
          </Field>
          <Field label={t('activities.field.form')} path="form">
            {({ id, describedBy, invalid }) => (
              <select id={id} value={state.form} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('form', e.target.value as Form | '')}>
                <option value="">{t('activities.field.formPlaceholder')}</option>
                {formOptions.map((f) => (
                  <option key={f} value={f}>
                    {t(formLabel[f])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('activities.field.title')} path="title" hint={t('activities.field.titleHint')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} value={state.title} maxLength={300} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('title', e.target.value)} />
          )}
        </Field>
        <Field label={t('activities.field.description')} path="description">
          {({ id, describedBy }) => <textarea id={id} rows={3} value={state.description} aria-describedby={describedBy} onChange={(e) => set('description', e.target.value)} />}
        </Field>
        <div className="grid grid-3">
          <Field label={t('activities.field.quantity')} path="quantity">
            {({ id, describedBy, invalid }) => (
              <input id={id} type="number" min={0} step="any" inputMode="decimal" value={state.quantity} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('quantity', e.target.value)} />
            )}
          </Field>
          <Field label={t('activities.field.measure')} path="measure" hint={t('activities.field.measureHint')}>
            {({ id, describedBy, invalid }) => (
              <>
                <input id={id} list={measuresId} value={state.measure} maxLength={50} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('measure', e.target.value)} />
                <datalist id={measuresId}>
                  {activityMeasures.map((m) => (
                    <option key={m} value={m} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label={t('activities.field.reach')} path="reach">
            {({ id, describedBy, invalid }) => (
              <input id={id} type="number" min={0} step={1} inputMode="numeric" value={state.reach} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('reach', e.target.value)} />
            )}
          </Field>
        </div>
        <LinksField value={state.links} onChange={(links) => set('links', links)} />
        <EvidenceField files={state.files} uploads={uploads} onRemove={(id) => set('files', state.files.filter((f) => f.id !== id))} />

        {conflict ? (
          <p className="form-error" role="alert">
            {t('activities.conflict')}
          </p>
        ) : save.isError && serverFields.length === 0 ? (
          <p className="form-error" role="alert">
            {errorText(save.error)}
          </p>
        ) : fields.length ? (
          <p className="form-error" role="alert">
            {t('form.errorsSummary', { n: fields.length })} {fields.map((f) => f.message).join(' ')}
          </p>
        ) : null}
        {uploads.busy ? <p className="field-hint">{t('activities.evidence.waiting')}</p> : null}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending || uploads.busy}>
            {save.isPending ? t('common.saving') : t('activities.save')}
          </button>
          <button type="button" className="btn" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}

function ItemsField({ task, value, onChange }: { task: TaskWithItems; value: number[]; onChange: (ids: number[]) => void }) {
  const errors = useFieldErrors('itemIds');
  const chosen = new Set(value);
  return (
    <fieldset className={`activity-items${errors.length ? ' is-invalid' : ''}`}>
      <legend>{t('activities.field.items')}</legend>
      <p className="field-hint">{t('activities.field.itemsHint')}</p>
      <ul className="activity-item-checks">
        {task.items.map((item, i) => (
          <li key={item.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={chosen.has(item.id)}
                onChange={(e) => onChange(e.target.checked ? task.items.filter((x) => chosen.has(x.id) || x.id === item.id).map((x) => x.id) : value.filter((id) => id !== item.id))}
              />
              <span>
                {item.label && item.label !== '-' && item.label !== '+' ? <strong>{item.label}. </strong> : null}
                {item.title}
              </span>
            </label>
            <FieldMessage path={`itemIds.${i}`} />
          </li>
        ))}
      </ul>
      {errors.length ? (
        <p className="field-error" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

function LinksField({ value, onChange }: { value: string[]; onChange: (links: string[]) => void }) {
  return (
    <fieldset className="activity-links">
      <legend>{t('activities.field.links')}</legend>
      <p className="field-hint">{t('activities.field.linksHint')}</p>
      {value.map((link, i) => (
        <div key={i} className="link-row">
          <Field label={t('activities.field.link', { n: i + 1 })} path={`links.${i}`} className="link-field">
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="url"
                inputMode="url"
                placeholder="https://"
                value={link}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(e) => onChange(value.map((l, j) => (j === i ? e.target.value : l)))}
              />
            )}
          </Field>
          <button type="button" className="btn btn-ghost-danger btn-small" aria-label={t('activities.removeLinkLabel', { n: i + 1 })} onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('activities.removeLink')}
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => onChange([...value, ''])}>
        {t('activities.addLink')}
      </button>
    </fieldset>
  );
}
