import { useId, useState } from 'react';
import type { ConsolidatedField, ConsolidatedReport } from '@dondoc/schemas';
import { Empty, ErrorMessage, Loading } from '../../../components/status';
import { t } from '../../../i18n/t';
import { useConsolidated, type ConsolidatedBasis } from '../api/get-consolidated';
import { formatFigure, formatNumber } from './labels';

/** Every figure of the request added up: total per field, per district (with a chart), per unit. */
export function ConsolidatedPanel({ requestId }: { requestId: number }) {
  const [basis, setBasis] = useState<ConsolidatedBasis>('submitted');
  const data = useConsolidated(requestId, basis);
  const name = useId();
  return (
    <div className="consolidated">
      <fieldset className="basis-pick">
        <legend className="sr-only">{t('rc.basis')}</legend>
        <label className="check">
          <input type="radio" name={name} checked={basis === 'submitted'} onChange={() => setBasis('submitted')} />
          {t('rc.basis.submitted')}
        </label>
        <label className="check">
          <input type="radio" name={name} checked={basis === 'accepted'} onChange={() => setBasis('accepted')} />
          {t('rc.basis.accepted')}
        </label>
      </fieldset>
      {data.isPending ? <Loading /> : data.isError ? <ErrorMessage error={data.error} /> : <Figures report={data.data} />}
    </div>
  );
}

function Figures({ report }: { report: ConsolidatedReport }) {
  const numbers = report.fields.filter((f) => f.type === 'number');
  const choices = report.fields.filter((f) => f.type === 'choice');
  const [chartKey, setChartKey] = useState<string | null>(null);
  const chartField = numbers.find((f) => f.key === chartKey) ?? numbers[0];
  const selectId = useId();
  return (
    <>
      <p className="summary-line" data-testid="consolidated-counted">
        {t('rc.counted', { counted: report.counted, units: report.units })}
      </p>
      {report.counted === 0 ? <Empty>{t('rc.none')}</Empty> : null}
      {numbers.length ? (
        <section aria-labelledby="rc-totals">
          <h2 id="rc-totals">{t('rc.totals')}</h2>
          <dl className="totals rc-totals">
            {numbers.map((f) => (
              <div key={f.key} className="total-tile" data-testid={`total-${f.key}`}>
                <dt>{f.name}</dt>
                <dd>
                  {formatNumber(f.total ?? 0)} {f.unit ? <span className="total-unit">{f.unit}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {choices.map((f) => (
        <section key={f.key} aria-labelledby={`rc-choice-${f.key}`}>
          <h3 id={`rc-choice-${f.key}`}>{f.name}</h3>
          <ul className="choice-counts">
            {f.choices.map((c) => (
              <li key={c.choice}>{t('rc.choiceLine', { choice: c.choice, n: c.count })}</li>
            ))}
          </ul>
        </section>
      ))}
      {numbers.length && report.counted > 0 ? (
        <section aria-labelledby="rc-districts">
          <h2 id="rc-districts">{t('rc.byDistrict')}</h2>
          {chartField ? (
            <div className="field district-chart-pick">
              <label htmlFor={selectId}>{t('rc.chartField')}</label>
              <select id={selectId} value={chartField.key} onChange={(e) => setChartKey(e.target.value)}>
                {numbers.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {chartField ? <DistrictChart field={chartField} /> : null}
          <DistrictTable fields={numbers} />
        </section>
      ) : null}
      {report.fields.length && report.counted > 0 ? (
        <section aria-labelledby="rc-units">
          <h2 id="rc-units">{t('rc.byUnit')}</h2>
          <UnitTable fields={report.fields} />
        </section>
      ) : null}
    </>
  );
}

function DistrictChart({ field }: { field: ConsolidatedField }) {
  const max = Math.max(1, ...field.perDistrict.map((d) => d.value));
  return (
    <div className="bar-list" aria-hidden="true" data-testid="district-chart">
      {field.perDistrict.map((d) => (
        <div key={d.district.code ?? 'province'} className="state-bar-row">
          <span className="state-bar-label">{d.district.name}</span>
          <span className="state-bar-track">
            <span className="state-bar-fill fill-navy" style={{ width: `${(d.value / max) * 100}%` }} />
          </span>
          <span className="state-bar-value">{formatNumber(d.value)}</span>
        </div>
      ))}
    </div>
  );
}

/** Districts down, number fields across; the last row is the province's total. */
function DistrictTable({ fields }: { fields: ConsolidatedField[] }) {
  const districts = new Map<string, string>();
  for (const f of fields) for (const d of f.perDistrict) districts.set(d.district.code ?? '', d.district.name);
  const valueOf = (f: ConsolidatedField, code: string) => f.perDistrict.find((d) => (d.district.code ?? '') === code)?.value ?? null;
  return (
    <div className="table-wrap">
      <table role="table" className="table matrix-table" aria-label={t('rc.byDistrict')}>
        <thead>
          <tr>
            <th scope="col">{t('rc.col.district')}</th>
            {fields.map((f) => (
              <th key={f.key} scope="col" className="num">
                <span className="th-text">
                  {f.name}
                  {f.unit ? <span className="th-unit"> ({f.unit})</span> : null}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...districts].map(([code, districtName]) => (
            <tr key={code || 'province'}>
              <th scope="row">{districtName}</th>
              {fields.map((f) => (
                <td key={f.key} className="num">
                  {formatFigure(valueOf(f, code))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('rc.total')}</th>
            {fields.map((f) => (
              <td key={f.key} className="num">
                {formatNumber(f.total ?? 0)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Units down, every field across: what each unit reported. */
function UnitTable({ fields }: { fields: ConsolidatedField[] }) {
  const units = fields[0]?.perUnit.map((p) => p.unit) ?? [];
  return (
    <div className="table-wrap">
      <table role="table" className="table matrix-table" aria-label={t('rc.byUnit')}>
        <thead>
          <tr>
            <th scope="col">{t('rc.col.unit')}</th>
            {fields.map((f) => (
              <th key={f.key} scope="col" className={f.type === 'number' ? 'num' : undefined}>
                <span className="th-text">
                  {f.name}
                  {f.unit ? <span className="th-unit"> ({f.unit})</span> : null}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((u, i) => (
            <tr key={u.id} data-testid="consolidated-unit" data-unit={u.name}>
              <th scope="row" title={u.name}>
                {u.shortName ?? u.name}
              </th>
              {fields.map((f) => (
                <td key={f.key} className={f.type === 'number' ? 'num' : undefined} data-field={f.key}>
                  {formatFigure(f.perUnit[i]?.value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
