import { t } from '../../../../i18n/t';
import { formatFigure } from '../labels';

type Change = { key: string; name: string; before: Parameters<typeof formatFigure>[0]; after: Parameters<typeof formatFigure>[0] };

/** Figures that change, old value struck through beside the new: a draft against its prefill, or one version against another. */
export function FigureChanges({ label, beforeHeading, afterHeading, changes, testId }: { label: string; beforeHeading: string; afterHeading: string; changes: readonly Change[]; testId: string }) {
  if (changes.length === 0) return null;
  return (
    <div className="table-wrap">
      <table role="table" className="table change-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('rep.figure.name')}</th>
            <th scope="col" className="num">
              {beforeHeading}
            </th>
            <th scope="col" className="num">
              {afterHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.key} data-testid={testId}>
              <th scope="row">{c.name}</th>
              <td className="num">
                <del>{formatFigure(c.before)}</del>
              </td>
              <td className="num">
                <ins>{formatFigure(c.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
