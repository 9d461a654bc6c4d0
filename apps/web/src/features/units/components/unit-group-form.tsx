import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { UnitGroup } from '@dondoc/schemas';
import { Field, FieldErrorsProvider, FieldMessage } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { fold } from '@dondoc/schemas/text';
import { joinList, splitList } from '../../../lib/text';
import { t } from '../../../i18n/t';
import { useCreateUnitGroup } from '../api/create-unit-group';
import { useUnits } from '../api/get-units';
import { useUpdateUnitGroup } from '../api/update-unit-group';

type Props = { group: UnitGroup | null; onDone: () => void };

export function UnitGroupForm({ group, onDone }: Props) {
  const [code, setCode] = useState('');
  const [name, setName] = useState(group?.name ?? '');
  const [aliases, setAliases] = useState(joinList(group?.aliases ?? []));
  const [members, setMembers] = useState<Set<number>>(() => new Set(group?.memberIds ?? []));
  const [filter, setFilter] = useState('');
  const units = useUnits();
  const create = useCreateUnitGroup();
  const update = useUpdateUnitGroup();
  const mutation = group ? update : create;
  const error = mutation.error;
  const fields = isApiError(error) ? error.fields : [];

  // Members as the form opened come first; ticking a box does not reorder rows under the pointer.
  const [initialMembers] = useState(() => new Set(group?.memberIds ?? []));
  const shown = useMemo(() => {
    const q = fold(filter);
    return (units.data ?? [])
      .filter((u) => !q || fold(`${u.name} ${u.shortName ?? ''} ${u.districtName ?? ''}`).includes(q))
      .sort((a, b) => Number(initialMembers.has(b.id)) - Number(initialMembers.has(a.id)));
  }, [units.data, filter, initialMembers]);

  const toggle = (id: number) =>
    setMembers((m) => {
      const next = new Set(m);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body = { name: name.trim(), aliases: splitList(aliases), memberIds: [...members] };
    if (group) update.mutate({ id: group.id, body: { ...body, version: group.version } }, { onSuccess: onDone });
    else create.mutate({ ...body, code: code.trim() }, { onSuccess: onDone });
  };

  return (
    <FieldErrorsProvider value={fields}>
      <form onSubmit={onSubmit} noValidate>
        {group ? (
          <p className="muted">
            {t('groups.col.code')}: <code>{group.code}</code>
          </p>
        ) : (
          <Field label={t('groups.col.code')} path="code" hint={t('units.codeHint')}>
            {({ id, describedBy }) => <input id={id} value={code} aria-describedby={describedBy} onChange={(e) => setCode(e.target.value)} required />}
          </Field>
        )}
        <Field label={t('groups.col.name')} path="name">
          {({ id, describedBy }) => <input id={id} value={name} aria-describedby={describedBy} onChange={(e) => setName(e.target.value)} required />}
        </Field>
        <Field label={t('groups.col.aliases')} path="aliases" hint={t('units.aliasesHint')}>
          {({ id, describedBy }) => (
            <textarea id={id} rows={3} value={aliases} aria-describedby={describedBy} onChange={(e) => setAliases(e.target.value)} />
          )}
        </Field>
        <fieldset className="members">
          <legend>{t('groups.membersLegend', { n: members.size })}</legend>
          <FieldMessage path="memberIds" />
          <div className="field">
            <label htmlFor="member-filter">{t('groups.memberFilter')}</label>
            <input id="member-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
          <ul className="member-list">
            {shown.map((u) => (
              <li key={u.id}>
                <label className="check">
                  <input type="checkbox" checked={members.has(u.id)} onChange={() => toggle(u.id)} />
                  {u.name}
                  {u.districtName ? <span className="muted small"> · {u.districtName}</span> : null}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {error && !fields.length ? (
          <p className="form-error" role="alert">
            {isApiError(error) && error.code === 'CONFLICT' ? t('units.conflict') : errorText(error)}
          </p>
        ) : null}
        <div className="actions actions-end">
          <button type="button" className="btn" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
