import type { Directive, Part, UnitPick } from '@dondoc/schemas';
import { formatDate, formatDirectiveNumber, formatIssued } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { reportSummary } from './report-summary';

function Pick({ pick, flagUnresolved }: { pick: UnitPick; flagUnresolved: boolean }) {
  const unresolved = pick.unitId === null && pick.groupId === null;
  return (
    <>
      {pick.label}
      {flagUnresolved && unresolved ? <span className="badge badge-warning">{t('picker.unresolved')}</span> : null}
    </>
  );
}

function PartView({ part, draft }: { part: Part; draft: boolean }) {
  const bullet = part.label === '-' || part.label === '+';
  const showText = part.text.trim() && part.text.trim() !== part.title.trim();
  return (
    <li className={`doc-part${bullet ? ' is-bullet' : ''}${part.actionable ? '' : ' is-context'}`}>
      <p className="doc-part-title">
        {part.label && !bullet ? <span className="doc-part-label">{part.label}. </span> : null}
        {part.title}
      </p>
      {showText ? <p className="doc-part-text">{part.text}</p> : null}
      {part.addressees.length || part.deadline || !part.actionable ? (
        <p className="doc-part-meta">
          {part.addressees.length ? (
            <span>
              {t('directive.part.addressees')}{' '}
              {part.addressees.map((a, i) => (
                <span key={i} className="chip">
                  <Pick pick={a} flagUnresolved={draft} />
                </span>
              ))}
            </span>
          ) : null}
          {part.deadline ? <span className="badge">{t('directive.part.deadline', { date: formatDate(part.deadline) })}</span> : null}
          {!part.actionable ? <span className="badge badge-muted">{t('directive.part.context')}</span> : null}
        </p>
      ) : null}
      {part.parts.length ? (
        <ol className="doc-parts">
          {part.parts.map((child) => (
            <PartView key={child.key} part={child} draft={draft} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/** The directive laid out like the paper it stands for, top to bottom. */
export function DirectiveBody({ directive: d }: { directive: Directive }) {
  const draft = d.status === 'draft';
  const place = [d.place, formatIssued(d.issued)].filter(Boolean).join(', ');
  return (
    <article className="doc">
      <div className="doc-head">
        <div>
          {d.issuer ? <p className="doc-issuer">{d.issuer}</p> : null}
          <p>{t('directive.numberLine', { number: formatDirectiveNumber(d) })}</p>
          <p className="doc-vv">{t('directive.subjectLine', { subject: d.subject })}</p>
        </div>
        {place ? <p className="doc-place">{place}</p> : null}
      </div>

      <section className="doc-section">
        <h3>{t('directive.recipients')}</h3>
        {d.recipients.length ? (
          <ul className="doc-list">
            {d.recipients.map((r, i) => (
              <li key={i}>
                <Pick pick={r} flagUnresolved={draft} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('common.none')}</p>
        )}
      </section>

      {d.references.length ? (
        <section className="doc-section">
          <h3>{t('directive.references')}</h3>
          <ul className="doc-list">
            {d.references.map((r, i) => (
              <li key={i}>
                {[r.number, r.date ? t('directive.referenceDate', { date: formatDate(r.date) }) : null, r.issuer]
                  .filter(Boolean)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {d.preamble ? <p className="doc-paragraph">{d.preamble}</p> : null}
      {d.parts.length ? (
        <ol className="doc-parts doc-parts-root">
          {d.parts.map((p) => (
            <PartView key={p.key} part={p} draft={draft} />
          ))}
        </ol>
      ) : null}
      {d.closing.map((c, i) => (
        <p key={i} className="doc-paragraph">
          {c}
        </p>
      ))}

      <dl className="facts doc-facts">
        <div>
          <dt>{t('directive.dueDate')}</dt>
          <dd>{d.dueDate ? formatDate(d.dueDate) : t('common.dash')}</dd>
        </div>
        <div>
          <dt>{t('directive.report')}</dt>
          <dd>{reportSummary(d.report)}</dd>
        </div>
      </dl>

      <div className="doc-foot">
        <section className="doc-section">
          <h3>{t('directive.cc')}</h3>
          <ul className="doc-list doc-cc">
            {d.cc.map((c, i) => (
              <li key={i}>
                {c.name}
                {c.purpose ? ` (${c.purpose})` : ''}
              </li>
            ))}
          </ul>
        </section>
        <div className="doc-signer">
          {d.signer.authority ? <p className="doc-signer-role">{d.signer.authority}</p> : null}
          {d.signer.title ? <p className="doc-signer-role">{d.signer.title}</p> : null}
          {d.signer.name ? <p className="doc-signer-name">{d.signer.name}</p> : null}
        </div>
      </div>
    </article>
  );
}
