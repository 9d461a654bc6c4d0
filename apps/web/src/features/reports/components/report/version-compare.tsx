import { useId, useState } from 'react';
import type { FigureFieldOut, OutlineSectionOut, ReportVersion } from '@dondoc/schemas';
import { formatDateTime } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { compareVersions, wordDiff } from './content';
import { FigureChanges } from './figure-changes';

type Props = { versions: ReportVersion[]; outline: readonly OutlineSectionOut[]; fields: readonly FigureFieldOut[] };

/** Two versions side by side: figures before → after, and each changed section with its words struck and added. */
export function VersionCompare({ versions, outline, fields }: Props) {
  const last = versions[versions.length - 1];
  const [from, setFrom] = useState(versions[versions.length - 2]?.no ?? 1);
  const [to, setTo] = useState(last?.no ?? 1);
  const fromId = useId();
  const toId = useId();
  const a = versions.find((v) => v.no === from);
  const b = versions.find((v) => v.no === to);
  const diff = a && b ? compareVersions(a, b, outline, fields) : null;
  const label = (v: ReportVersion) => t('rev.versionOption', { n: v.no, at: formatDateTime(v.submittedAt) });

  return (
    <section className="version-compare" aria-labelledby="compare-heading" data-testid="version-compare">
      <h2 id="compare-heading">{t('rev.compare')}</h2>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={fromId}>{t('rev.compareFrom')}</label>
          <select id={fromId} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.no} value={v.no}>
                {label(v)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={toId}>{t('rev.compareTo')}</label>
          <select id={toId} value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.no} value={v.no}>
                {label(v)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!diff || from === to ? (
        <p className="muted">{t('rev.compareSame')}</p>
      ) : diff.figures.length === 0 && diff.sections.length === 0 && !diff.nothingToReport && !diff.explanation ? (
        <p className="muted">{t('rev.noChanges')}</p>
      ) : (
        <>
          {diff.nothingToReport ? (
            <p className="notice notice-warning">{diff.nothingToReport.after ? t('rev.becameNothing') : t('rev.becameContent')}</p>
          ) : null}
          <FigureChanges label={t('rev.changedFigures')} beforeHeading={t('rev.versionN', { n: from })} afterHeading={t('rev.versionN', { n: to })} changes={diff.figures} testId="changed-figure" />
          {diff.explanation ? <TextChange title={t('rep.explanation')} before={diff.explanation.before ?? ''} after={diff.explanation.after ?? ''} /> : null}
          {diff.sections.map((s) => (
            <TextChange key={s.key} title={s.title} before={s.before} after={s.after} />
          ))}
        </>
      )}
    </section>
  );
}

function TextChange({ title, before, after }: { title: string; before: string; after: string }) {
  return (
    <section className="text-change" data-testid="changed-section">
      <h3>{title}</h3>
      <p className="pre-wrap diff-text">
        {wordDiff(before, after).map((s, i) =>
          s.kind === 'same' ? <span key={i}>{s.text}</span> : s.kind === 'del' ? <del key={i}>{s.text}</del> : <ins key={i}>{s.text}</ins>,
        )}
      </p>
    </section>
  );
}
