import { Disclosure } from '../../../../components/disclosure';
import { Field, FieldMessage, useFieldErrors } from '../../../../components/form-field';
import { UnitPicker } from '../../../units/components/unit-picker';
import { t } from '../../../../i18n/t';
import { newPart } from './draft';
import type { PartDraft } from './draft';
import { addChild, errorPath, movePart, removePart, updatePart } from './parts-tree';
import type { PartPath } from './parts-tree';

type Props = { parts: PartDraft[]; onChange: (parts: PartDraft[]) => void };

/** The body as a tree: each part may hold children, addressees of its own and a deadline. */
export function PartsEditor({ parts, onChange }: Props) {
  return (
    <fieldset className="form-section">
      <legend>{t('form.section.parts')}</legend>
      <p className="field-hint">{t('form.partsHint')}</p>
      <FieldMessage path="parts" />
      <ol className="part-tree">
        {parts.map((part, i) => (
          <PartNode key={part.key} part={part} path={[i]} siblings={parts.length} root={parts} onRootChange={onChange} />
        ))}
      </ol>
      <button type="button" className="btn" onClick={() => onChange(addChild(parts, [], newPart()))}>
        {t('form.addPart')}
      </button>
    </fieldset>
  );
}

type NodeProps = {
  part: PartDraft;
  path: PartPath;
  siblings: number;
  root: PartDraft[];
  onRootChange: (parts: PartDraft[]) => void;
};

function PartNode({ part, path, siblings, root, onRootChange }: NodeProps) {
  const index = path[path.length - 1] ?? 0;
  const ep = errorPath(path);
  const number = path.map((i) => i + 1).join('.');
  const set = (patch: Partial<PartDraft>) => onRootChange(updatePart(root, path, patch));
  const textErrors = useFieldErrors(`${ep}.text`);
  const addresseeErrors = useFieldErrors(`${ep}.addressees`);

  return (
    <li className="part-node">
      <div className="part-card" role="group" aria-label={t('form.partN', { n: number })}>
        <div className="part-card-head">
          <span className="part-number">{t('form.partN', { n: number })}</span>
          <div className="part-tools">
            <button type="button" className="btn btn-small" disabled={index === 0} onClick={() => onRootChange(movePart(root, path, -1))}>
              {t('form.moveUp')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={index === siblings - 1}
              onClick={() => onRootChange(movePart(root, path, 1))}
            >
              {t('form.moveDown')}
            </button>
            <button type="button" className="btn btn-small btn-ghost-danger" onClick={() => onRootChange(removePart(root, path))}>
              {t('form.removePart')}
            </button>
          </div>
        </div>
        <div className="grid part-grid">
          <Field label={t('form.partLabel')} path={`${ep}.label`}>
            {({ id, describedBy }) => (
              <input
                id={id}
                value={part.label}
                placeholder={t('form.partLabelHint')}
                aria-describedby={describedBy}
                onChange={(e) => set({ label: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('form.partTitle')} path={`${ep}.title`}>
            {({ id, describedBy }) => (
              <textarea id={id} rows={2} value={part.title} aria-describedby={describedBy} onChange={(e) => set({ title: e.target.value })} />
            )}
          </Field>
        </div>
        <Disclosure
          className="part-more"
          summary={t('form.partTextToggle')}
          initiallyOpen={part.text.trim() !== ''}
          forceOpen={textErrors.length > 0}
        >
          <Field label={t('form.partText')} path={`${ep}.text`} hint={t('form.partTextHint')}>
            {({ id, describedBy }) => (
              <textarea id={id} rows={3} value={part.text} aria-describedby={describedBy} onChange={(e) => set({ text: e.target.value })} />
            )}
          </Field>
        </Disclosure>
        <Disclosure
          className="part-more"
          summary={t('form.partAddresseesToggle', { n: part.addressees.length })}
          initiallyOpen={part.addressees.length > 0}
          forceOpen={addresseeErrors.length > 0}
        >
          <UnitPicker
            label={t('form.partAddressees')}
            hint={t('form.partAddresseesHint')}
            value={part.addressees}
            onChange={(addressees) => set({ addressees })}
            path={`${ep}.addressees`}
          />
        </Disclosure>
        <div className="part-flags">
          <label className="check">
            <input type="checkbox" checked={part.actionable} onChange={(e) => set({ actionable: e.target.checked })} />
            {t('form.partActionable')}
          </label>
          <Field label={t('form.partDeadline')} path={`${ep}.deadline`} className="field-inline">
            {({ id, describedBy }) => (
              <input id={id} type="date" value={part.deadline} aria-describedby={describedBy} onChange={(e) => set({ deadline: e.target.value })} />
            )}
          </Field>
          <button type="button" className="btn btn-small part-add-child" onClick={() => onRootChange(addChild(root, path, newPart()))}>
            {t('form.addChildPart')}
          </button>
        </div>
      </div>
      {part.parts.length ? (
        <ol className="part-tree">
          {part.parts.map((child, i) => (
            <PartNode key={child.key} part={child} path={[...path, i]} siblings={part.parts.length} root={root} onRootChange={onRootChange} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
