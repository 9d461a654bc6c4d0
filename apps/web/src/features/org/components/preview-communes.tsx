import { useId, useMemo, useState } from 'react';
import type { OrgChangePreview } from '@dondoc/schemas';
import { fold } from '@dondoc/schemas/text';
import { Empty } from '../../../components/status';
import { t } from '../../../i18n/t';

type Commune = OrgChangePreview['communes'][number];
type Predecessor = Commune['predecessors'][number];

const needsLook = (p: Predecessor) => p.units.length === 0 || p.nameInDirectory !== null;

/** Each new commune with the former ones it is made of; a name the directory spells differently is flagged. */
export function PreviewCommunes({ communes }: { communes: readonly Commune[] }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const flagged = useMemo(() => communes.filter((c) => c.predecessors.some(needsLook)).length, [communes]);
  const shown = useMemo(() => {
    const query = fold(q.trim());
    return communes.filter(
      (c) =>
        (!onlyFlagged || c.predecessors.some(needsLook)) &&
        (!query || fold([c.name, ...c.predecessors.flatMap((p) => [p.name, p.district ?? '', p.nameInDirectory ?? ''])].join(' ')).includes(query)),
    );
  }, [communes, q, onlyFlagged]);

  return (
    <>
      <div className="toolbar">
        <div className="field toolbar-search">
          <label htmlFor={`${id}-q`}>{t('orgChange.communes.search')}</label>
          <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('orgChange.communes.searchPlaceholder')} />
        </div>
        <label className="check toolbar-check">
          <input type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />
          {t('orgChange.communes.onlyFlagged', { n: flagged })}
        </label>
      </div>
      {shown.length === 0 ? (
        <Empty>{t('orgChange.communes.none')}</Empty>
      ) : (
        <ol className="commune-list" aria-label={t('orgChange.tab.communes')}>
          {shown.map((c) => (
            <li key={c.name} className="commune-card" data-testid="commune">
              <p className="commune-name">
                <strong>{c.name}</strong> <span className="muted small">{c.type}</span>
              </p>
              <ul className="commune-preds" aria-label={t('orgChange.communes.predecessorsOf', { name: c.name })}>
                {c.predecessors.map((p) => (
                  <li key={p.code} className={needsLook(p) ? 'is-flagged' : undefined}>
                    <span>{p.name}</span>
                    {p.district ? <span className="muted small"> · {p.district}</span> : null}
                    {p.partial ? <span className="badge badge-muted">{t('orgChange.communes.partial')}</span> : null}
                    {p.units.length === 0 ? (
                      <span className="badge badge-danger">{t('orgChange.communes.notFound')}</span>
                    ) : p.nameInDirectory ? (
                      <span className="badge badge-warning" title={p.nameInDirectory}>
                        {t('orgChange.communes.nameInDirectory', { name: p.nameInDirectory })}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
