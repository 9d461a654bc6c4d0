import { matrixSorts } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import type { DashboardSearch } from '../dashboard-search';

type Sort = NonNullable<DashboardSearch['sort']>;
type Order = NonNullable<DashboardSearch['order']>;

const sortLabel = (s: Sort) => t(`dash.sort.${s}` as MessageKey);

/** How the matrix's unit rows are ordered (within their group when grouped): the API sorts them. */
export function MatrixSort({ sort, order, onChange }: { sort: Sort | undefined; order: Order | undefined; onChange: (next: { sort?: Sort; order?: Order }) => void }) {
  return (
    <div className="dash-filters dash-sort" role="group" aria-label={t('dash.sort')}>
      <label>
        {t('dash.sort')}
        <select value={sort ?? ''} onChange={(e) => onChange({ sort: (e.target.value || undefined) as Sort | undefined, order })}>
          <option value="">{t('dash.sort.default')}</option>
          {matrixSorts.map((s) => (
            <option key={s} value={s}>
              {sortLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dash.order')}
        <select value={order ?? ''} disabled={!sort} onChange={(e) => onChange({ sort, order: (e.target.value || undefined) as Order | undefined })}>
          <option value="">{t('dash.order.auto')}</option>
          <option value="asc">{t('dash.order.asc')}</option>
          <option value="desc">{t('dash.order.desc')}</option>
        </select>
      </label>
    </div>
  );
}
