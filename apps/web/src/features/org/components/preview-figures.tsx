import type { OrgChangePreview } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';

type Counts = OrgChangePreview['counts'];

type Figure = { key: string; label: MessageKey; value: string; tone?: 'warn' | 'bad' | 'ok' };

function figuresOf(c: Counts, missingChoices: number): Figure[] {
  const allFound = c.predecessorsFound === c.predecessors;
  return [
    { key: 'communes', label: 'orgChange.figure.communes', value: String(c.communes) },
    { key: 'found', label: 'orgChange.figure.found', value: `${c.predecessorsFound}/${c.predecessors}`, tone: allFound ? 'ok' : 'warn' },
    { key: 'created', label: 'orgChange.figure.unitsCreated', value: String(c.unitsCreated) },
    { key: 'retired', label: 'orgChange.figure.unitsRetired', value: String(c.unitsRetired) },
    { key: 'moved', label: 'orgChange.figure.tasksMoved', value: String(c.tasksMoved) },
    { key: 'choices', label: 'orgChange.figure.choices', value: String(missingChoices), tone: missingChoices ? 'bad' : 'ok' },
    { key: 'users', label: 'orgChange.figure.users', value: t('orgChange.figure.usersValue', { moved: c.usersMoved, locked: c.usersDeactivated }) },
  ];
}

/** The headline: what the change is and what it would do, in figures. */
export function PreviewFigures({ counts, missingChoices }: { counts: Counts; missingChoices: number }) {
  return (
    <dl className="org-figures" data-testid="org-figures">
      {figuresOf(counts, missingChoices).map((f) => (
        <div key={f.key} className={`org-figure${f.tone ? ` is-${f.tone}` : ''}`} data-testid={`figure-${f.key}`}>
          <dt>{t(f.label)}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

type Pair = { label: MessageKey; a: { label: MessageKey; value: number }; b: { label: MessageKey; value: number } };

/** The figures people weigh against each other, as bars on one scale. The numbers are in the text too. */
export function PreviewBars({ counts }: { counts: Counts }) {
  const pairs: Pair[] = [
    { label: 'orgChange.bars.units', a: { label: 'orgChange.bars.created', value: counts.unitsCreated }, b: { label: 'orgChange.bars.retired', value: counts.unitsRetired } },
    { label: 'orgChange.bars.tasks', a: { label: 'orgChange.bars.moving', value: counts.tasksMoved - counts.tasksNeedingChoice }, b: { label: 'orgChange.bars.needChoice', value: counts.tasksNeedingChoice } },
    { label: 'orgChange.bars.users', a: { label: 'orgChange.bars.moved', value: counts.usersMoved }, b: { label: 'orgChange.bars.locked', value: counts.usersDeactivated } },
  ];
  const max = Math.max(1, ...pairs.flatMap((p) => [p.a.value, p.b.value]));
  const width = (v: number) => `${Math.max(0, (v / max) * 100)}%`;
  return (
    <figure className="org-bars">
      <figcaption>{t('orgChange.bars.caption')}</figcaption>
      {pairs.map((p) => (
        <div key={p.label} className="org-bar-group">
          <p className="org-bar-title">{t(p.label)}</p>
          {[p.a, p.b].map((bar, i) => (
            <div key={bar.label} className="org-bar-row">
              <span className="org-bar-label">{t(bar.label)}</span>
              <span className="org-bar-track" aria-hidden="true">
                <span className={`org-bar-fill${i ? ' is-second' : ''}`} style={{ width: width(Math.max(0, bar.value)) }} />
              </span>
              <span className="org-bar-value">{Math.max(0, bar.value)}</span>
            </div>
          ))}
        </div>
      ))}
    </figure>
  );
}
