import { useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { UnitPick } from '@dondoc/schemas';
import { useFieldErrors } from '../../../components/form-field';
import { t } from '../../../i18n/t';
import { useUnitGroups } from '../api/get-unit-groups';
import { useUnits } from '../api/get-units';
import { pickerOptions } from './picker-options';
import type { PickerOption, PickerSuggestion } from './picker-options';

type Props = {
  label: string;
  value: readonly UnitPick[];
  onChange: (value: UnitPick[]) => void;
  /** 1 for a single link (a cc entry's unit). */
  max?: number;
  /** Keep a phrase that matches nothing in the directory; the publish preview reports it. */
  allowFreeText?: boolean;
  path?: string;
  hint?: string;
  /** Units or groups to list first, before any typing (what an ambiguous phrase could mean). */
  suggested?: readonly PickerSuggestion[];
  placeholder?: string;
  /** Offer units only, no groups (a merger's units, a successor). */
  unitsOnly?: boolean;
};

/** Searchable picker over unit groups and units: each pick is {label, unitId|null, groupId|null}. */
export function UnitPicker({ label, value, onChange, max, allowFreeText = true, path, hint, suggested, placeholder, unitsOnly = false }: Props) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Index of an unresolved pick being matched to the directory: its label is kept.
  const [resolving, setResolving] = useState<number | null>(null);
  const units = useUnits();
  const groups = useUnitGroups({ enabled: !unitsOnly });
  const errors = useFieldErrors(path ?? '\u0000');

  const options = useMemo(
    () => pickerOptions(query, units.data ?? [], unitsOnly ? [] : (groups.data ?? []), value, allowFreeText && resolving === null, suggested),
    [query, units.data, groups.data, unitsOnly, value, allowFreeText, resolving, suggested],
  );
  const full = max !== undefined && value.length >= max && resolving === null;
  const activeOption = open ? options[Math.min(active, options.length - 1)] : undefined;

  const choose = (option: PickerOption) => {
    if (resolving !== null) {
      const current = value[resolving];
      const next = [...value];
      next[resolving] = { ...option.pick, label: current?.label ?? option.pick.label };
      onChange(next);
      setResolving(null);
    } else {
      onChange([...value, option.pick]);
    }
    setQuery('');
    setActive(0);
    if (max !== undefined && value.length + 1 >= max) setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      if (open && activeOption) {
        e.preventDefault();
        choose(activeOption);
      }
    } else if (e.key === 'Escape') {
      // Inside a dialog Escape would also close the dialog: an open list takes it alone.
      if (open) e.preventDefault();
      setOpen(false);
      setResolving(null);
    }
  };

  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const resolvingLabel = resolving !== null ? value[resolving]?.label : undefined;

  return (
    <div className={`field picker${errors.length ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {value.length ? (
        <ul className="chips" aria-label={t('picker.chosen')}>
          {value.map((pick, i) => {
            const unresolved = pick.unitId === null && pick.groupId === null;
            return (
              <li key={`${pick.label}-${i}`} className={`chip${unresolved ? ' is-unresolved' : ''}`}>
                <span className="chip-kind">
                  {pick.groupId !== null ? t('picker.kind.group') : pick.unitId !== null ? t('picker.kind.unit') : t('picker.unresolved')}
                </span>
                <span className="chip-label">{pick.label}</span>
                {unresolved ? (
                  <button
                    type="button"
                    className="chip-btn"
                    onClick={() => {
                      setResolving(i);
                      setQuery(pick.label);
                      setOpen(true);
                      inputRef.current?.focus();
                    }}
                  >
                    {t('picker.resolve')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="chip-btn"
                  aria-label={t('picker.removeLabel', { label: pick.label })}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                >
                  {t('picker.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {full ? null : (
        <div className="combo">
          <input
            ref={inputRef}
            id={id}
            role="combobox"
            aria-expanded={open && options.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={activeOption ? `${id}-${activeOption.id}` : undefined}
            aria-describedby={describedBy}
            autoComplete="off"
            placeholder={resolvingLabel ? t('picker.resolvePlaceholder', { label: resolvingLabel }) : (placeholder ?? t('picker.placeholder'))}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          {open && options.length > 0 ? (
            <ul className="combo-list" role="listbox" id={`${id}-list`} aria-label={t('picker.results')}>
              {options.map((option) => (
                <li
                  key={option.id}
                  id={`${id}-${option.id}`}
                  role="option"
                  aria-selected={option === activeOption}
                  className={`combo-option kind-${option.kind}${option.suggested ? ' is-suggested' : ''}${option === activeOption ? ' is-active' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(option)}
                >
                  <span className="combo-primary">{option.primary}</span>
                  <span className="combo-secondary">{option.secondary}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
