import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DelegateResult, TaskWithItems } from '@dondoc/schemas';
import { Field, FieldErrorsProvider, FieldMessage } from '../../../components/form-field';
import { Modal } from '../../../components/modal';
import { ErrorMessage, Loading, errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useDelegateItems } from '../api/delegate-items';
import { useDelegationTargets } from '../api/get-delegation-targets';
import { TargetPicker } from './target-picker';

type Props = { task: TaskWithItems; open: boolean; onClose: () => void; onDone: (result: DelegateResult) => void };

const FORM_ID = 'delegate-form';

export function DelegateDialog({ task, open, onClose, onDone }: Props) {
  const targets = useDelegationTargets(task.id, open);
  const delegate = useDelegateItems(task.id);
  const [itemIds, setItemIds] = useState<Set<number>>(new Set());
  const [unitIds, setUnitIds] = useState<Set<number>>(new Set());
  const [note, setNote] = useState('');
  const [deadline, setDeadline] = useState('');
  const [missing, setMissing] = useState<{ items: boolean; units: boolean }>({ items: false, units: false });

  const close = () => {
    delegate.reset();
    setMissing({ items: false, units: false });
    onClose();
  };
  const fields = isApiError(delegate.error) ? delegate.error.fields : [];
  const toggleItem = (id: number, on: boolean) => {
    const next = new Set(itemIds);
    if (on) next.add(id);
    else next.delete(id);
    setItemIds(next);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const check = { items: itemIds.size === 0, units: unitIds.size === 0 };
    setMissing(check);
    if (check.items || check.units) return;
    // Left empty means "not given", not "none": the API would otherwise clear the note and reset
    // the deadline of every unit that already holds a sub-task and is only given more items.
    delegate.mutate(
      { itemIds: [...itemIds], unitIds: [...unitIds], note: note.trim() || undefined, deadline: deadline || undefined },
      {
        onSuccess: (result) => {
          setItemIds(new Set());
          setUnitIds(new Set());
          setNote('');
          setDeadline('');
          onDone(result);
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('delegation.dialogTitle')}
      onClose={close}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={close} disabled={delegate.isPending}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={FORM_ID} className="btn btn-primary" disabled={delegate.isPending || !targets.isSuccess}>
            {delegate.isPending ? t('delegation.submitting') : t('delegation.submit', { n: unitIds.size })}
          </button>
        </>
      }
    >
      <FieldErrorsProvider value={fields}>
        <form id={FORM_ID} className="delegate-form" onSubmit={onSubmit} noValidate>
          <fieldset className="delegate-items">
            <legend>{t('delegation.itemsLegend', { n: itemIds.size })}</legend>
            <label className="check check-all">
              <input
                type="checkbox"
                checked={itemIds.size === task.items.length}
                onChange={(e) => setItemIds(new Set(e.target.checked ? task.items.map((i) => i.id) : []))}
              />
              {t('delegation.selectAll')}
            </label>
            <ul className="check-list">
              {task.items.map((item) => (
                <li key={item.id}>
                  <label className="check">
                    <input type="checkbox" checked={itemIds.has(item.id)} onChange={(e) => toggleItem(item.id, e.target.checked)} />
                    <span>
                      {item.label && item.label !== '-' && item.label !== '+' ? `${item.label}. ` : ''}
                      {item.title}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            {missing.items ? (
              <p className="field-error" role="alert">
                {t('delegation.needItems')}
              </p>
            ) : null}
            <FieldMessage path="itemIds" />
          </fieldset>

          <fieldset className="delegate-units">
            <legend>{t('delegation.unitsLegend', { n: unitIds.size })}</legend>
            {targets.isPending ? <Loading /> : null}
            {targets.isError ? <ErrorMessage error={targets.error} /> : null}
            {targets.isSuccess ? <TargetPicker groups={targets.data.groups} selected={unitIds} onChange={setUnitIds} /> : null}
            {missing.units ? (
              <p className="field-error" role="alert">
                {t('delegation.needUnits')}
              </p>
            ) : null}
            <FieldMessage path="unitIds" />
          </fieldset>

          <Field
            label={t('delegation.deadline')}
            path="deadline"
            hint={task.deadline ? t('delegation.deadlineHint', { date: formatDate(task.deadline) }) : undefined}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="date"
                value={deadline}
                max={task.deadline ?? undefined}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(e) => setDeadline(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('delegation.note')} path="note">
            {({ id, describedBy }) => (
              <textarea id={id} rows={3} value={note} aria-describedby={describedBy} onChange={(e) => setNote(e.target.value)} />
            )}
          </Field>
          {delegate.isError ? (
            <p className="form-error" role="alert">
              {errorText(delegate.error)}
            </p>
          ) : null}
        </form>
      </FieldErrorsProvider>
    </Modal>
  );
}
