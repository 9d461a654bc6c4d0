import type { DashboardOptions, TaskState, UnitKind } from '@dondoc/schemas';
import { taskStateLabelKey } from '../../../components/state-badge';
import { unitKindLabel } from '../../../lib/unit-kind';
import { t } from '../../../i18n/t';
import type { DashboardSearch } from '../dashboard-search';

export type DashboardQuery = Pick<DashboardSearch, 'from' | 'to' | 'issuer' | 'district' | 'kind' | 'state' | 'groupBy'>;

const states = Object.keys(taskStateLabelKey) as TaskState[];

type Props = { value: DashboardQuery; options: DashboardOptions | undefined; onChange: (next: DashboardQuery) => void };

/** An empty field means "all": it is left out of the query. */
const opt = <T extends string>(v: string): T | undefined => (v ? (v as T) : undefined);

export function FilterBar({ value, options, onChange }: Props) {
  const set = (patch: Partial<DashboardQuery>) => onChange({ ...value, ...patch });
  return (
    <form className="dash-filters" aria-label={t('dash.filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('dash.from')}
        <input type="date" value={value.from ?? ''} min={options?.issued?.first} max={options?.issued?.last} onChange={(e) => set({ from: opt(e.target.value) })} />
      </label>
      <label>
        {t('dash.to')}
        <input type="date" value={value.to ?? ''} min={options?.issued?.first} max={options?.issued?.last} onChange={(e) => set({ to: opt(e.target.value) })} />
      </label>
      <label>
        {t('dash.issuer')}
        <select value={value.issuer ?? ''} onChange={(e) => set({ issuer: opt(e.target.value) })}>
          <option value="">{t('dash.all')}</option>
          {options?.issuers.map((i) => (
            <option key={i} value={i}>
              {i}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dash.district')}
        <select value={value.district ?? ''} onChange={(e) => set({ district: opt(e.target.value) })}>
          <option value="">{t('dash.all')}</option>
          <option value="none">{t('dash.districtNone')}</option>
          {options?.districts.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dash.kind')}
        <select value={value.kind ?? ''} onChange={(e) => set({ kind: opt<UnitKind>(e.target.value) })}>
          <option value="">{t('dash.all')}</option>
          {options?.kinds.map((k) => (
            <option key={k} value={k}>
              {t(unitKindLabel[k])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dash.state')}
        <select value={value.state ?? ''} onChange={(e) => set({ state: opt<TaskState>(e.target.value) })}>
          <option value="">{t('dash.all')}</option>
          {states.map((s) => (
            <option key={s} value={s}>
              {t(taskStateLabelKey[s])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dash.groupBy')}
        <select value={value.groupBy ?? ''} onChange={(e) => set({ groupBy: opt<'district' | 'kind'>(e.target.value) })}>
          <option value="">{t('common.none')}</option>
          <option value="district">{t('dash.groupBy.district')}</option>
          <option value="kind">{t('dash.groupBy.kind')}</option>
        </select>
      </label>
      <button type="button" className="btn" onClick={() => onChange({})}>
        {t('dash.reset')}
      </button>
    </form>
  );
}
