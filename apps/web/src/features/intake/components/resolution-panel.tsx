import type { PhraseResolution, Unit, UnitGroup, UnitPick } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { useUnitGroups } from '../../units/api/get-unit-groups';
import { useUnits } from '../../units/api/get-units';
import { UnitPicker } from '../../units/components/unit-picker';
import type { DirectiveDraft } from '../../directives/components/form/draft';
import { parsePickPath, pickAt, setPickAt } from './pick-location';
import type { PickLocation } from './pick-location';

type Props = {
  resolution: readonly PhraseResolution[];
  /** The draft as the server made it: what each phrase was linked to before staff changed anything. */
  initial: DirectiveDraft;
  draft: DirectiveDraft;
  onChange: (patch: Partial<DirectiveDraft>) => void;
};

type Shown = 'matched' | 'ambiguous' | 'unmatched' | 'ignored' | 'picked' | 'gone';

const badgeClass: Record<Shown, string> = {
  matched: 'badge-ok',
  picked: 'badge-info',
  ambiguous: 'badge-warning',
  unmatched: 'badge-danger',
  ignored: 'badge-muted',
  gone: 'badge-muted',
};

const sections = ['recipients', 'parts', 'cc'] as const;

type Row = { r: PhraseResolution; loc: PickLocation | null; current: UnitPick | null; shown: Shown };

const linked = (p: UnitPick | null) => p !== null && (p.unitId !== null || p.groupId !== null);
const samePick = (a: UnitPick | null, b: UnitPick | null) => a?.unitId === b?.unitId && a?.groupId === b?.groupId;

/** The server's verdict, unless staff have since linked the phrase elsewhere, unlinked or removed it. */
function rowOf(r: PhraseResolution, initial: DirectiveDraft, draft: DirectiveDraft): Row {
  const loc = parsePickPath(r.path);
  const current = loc ? pickAt(draft, loc, r.phrase) : null;
  const before = loc ? pickAt(initial, loc, r.phrase) : null;
  let shown: Shown = r.status;
  if (loc && !current) shown = 'gone';
  else if (current && !samePick(current, before)) shown = linked(current) ? 'picked' : 'unmatched';
  return { r, loc, current, shown };
}

/** "Khớp đơn vị": each phrase of the directive, the unit or group it was matched to, and how. */
export function ResolutionPanel({ resolution, initial, draft, onChange }: Props) {
  const units = useUnits();
  const groups = useUnitGroups();
  const rows = resolution.map((r) => rowOf(r, initial, draft));
  const count = (...s: Shown[]) => rows.filter((row) => s.includes(row.shown)).length;

  return (
    <section className="form-section resolution" aria-labelledby="resolution-title" data-testid="resolution-panel">
      <h2 id="resolution-title" className="section-title">
        {t('intake.resolution.title')}
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('intake.resolution.empty')}</p>
      ) : (
        <p className="summary-line">
          {t('intake.resolution.summary', {
            total: rows.length,
            matched: count('matched', 'picked'),
            open: count('ambiguous', 'unmatched'),
            ignored: count('ignored', 'gone'),
          })}
        </p>
      )}
      {sections.map((section) => {
        const mine = rows.filter((row) => row.r.path.startsWith(`${section}.`));
        if (!mine.length) return null;
        return (
          <div key={section} className="resolution-group">
            <h3 className="resolution-group-title">{t(`intake.resolution.section.${section}`)}</h3>
            <ul className="resolution-list">
              {mine.map((row) => (
                <ResolutionRow
                  key={row.r.path}
                  row={row}
                  units={units.data ?? []}
                  groups={groups.data ?? []}
                  onPick={(target) => row.loc && onChange(setPickAt(draft, row.loc, row.r.phrase, target))}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

type RowProps = {
  row: Row;
  units: readonly Unit[];
  groups: readonly UnitGroup[];
  onPick: (target: { unitId: number | null; groupId: number | null }) => void;
};

function ResolutionRow({ row, units, groups, onPick }: RowProps) {
  const { r, current, shown } = row;
  const group = current?.groupId != null ? groups.find((g) => g.id === current.groupId) : undefined;
  const unit = current?.unitId != null ? units.find((u) => u.id === current.unitId) : undefined;
  const name = group?.name ?? unit?.name ?? current?.label ?? r.phrase;
  // What the phrase stands for: the server's expansion, or the hand pick's own members.
  const members =
    shown === 'picked'
      ? group
        ? group.memberIds.map((id) => units.find((u) => u.id === id)?.name ?? `#${id}`)
        : [name]
      : shown === 'gone' || shown === 'unmatched'
        ? []
        : r.units.map((u) => u.name);
  const via = shown === 'picked' ? t('intake.via.hand') : r.via && shown !== 'gone' ? t(`intake.via.${r.via}` as MessageKey) : null;
  const choosable = (r.status === 'ambiguous' || r.status === 'unmatched' || shown === 'unmatched') && shown !== 'gone';
  const part = row.loc?.list === 'parts' ? row.loc.partKey : null;

  return (
    <li className="resolution-row" data-testid="resolution-row" data-status={shown}>
      <div className="resolution-head">
        <span className="resolution-phrase">
          {part ? <span className="muted">{t('form.partN', { n: part })}: </span> : null}
          {r.phrase}
        </span>
        <span className={`badge ${badgeClass[shown]}`}>
          {shown === 'gone' ? t('intake.status.ignored') : t(`intake.status.${shown}`)}
        </span>
        {via ? <span className="muted small">{via}</span> : null}
      </div>
      {shown === 'gone' ? <p className="muted small">{t('intake.resolution.gone')}</p> : null}
      {/* A single unit chosen in the picker shows as its chip; saying it twice is noise. */}
      {members.length === 1 && !(choosable && shown === 'picked') ? <p className="resolution-units">→ {members[0]}</p> : null}
      {members.length > 1 ? (
        <details className="resolution-units">
          <summary>
            {t('intake.resolution.units', { n: members.length })}: {members.slice(0, 2).join(', ')}
            {members.length > 2 ? '…' : ''}
          </summary>
          <ul>
            {members.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {choosable ? (
        <UnitPicker
          label={t('intake.resolution.pick', { phrase: r.phrase })}
          hint={t('intake.resolution.pickHint')}
          placeholder={t('intake.resolution.pickPlaceholder')}
          max={1}
          allowFreeText={false}
          suggested={r.candidates}
          value={current && linked(current) ? [{ label: name, unitId: current.unitId, groupId: current.groupId }] : []}
          onChange={(picks) => onPick({ unitId: picks[0]?.unitId ?? null, groupId: picks[0]?.groupId ?? null })}
        />
      ) : null}
    </li>
  );
}
