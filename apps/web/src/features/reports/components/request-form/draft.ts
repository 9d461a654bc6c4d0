import type {
  ActivityForm,
  FigureFieldInput,
  RecipientPick,
  ReportFrequency,
  ReportRequest,
  ReportRequestCreateInput,
  ReportRequestKind,
  ReportRequestTemplate,
  ReportRequestUpdate,
  UnitPick,
} from '@dondoc/schemas';
import type { FieldError } from '../../../../lib/api-client';
import { splitList } from '../../../../lib/text';
import { t } from '../../../../i18n/t';

type FigureType = FigureFieldInput['type'];
export type SourceKind = 'none' | 'quantity' | 'reach' | 'count';

/** Rows carry a uid for React keys; the key is the server's, kept so a reorder does not rename a section. */
export type OutlineRow = { uid: number; key: string | undefined; title: string; prompt: string };
export type FieldRow = {
  uid: number;
  key: string | undefined;
  name: string;
  type: FigureType;
  unit: string;
  /** One choice per line. */
  choices: string;
  forms: ActivityForm[];
  source: SourceKind;
  measure: string;
};
/** "Every unit the directive was sent to". */
export type DirectivePick = { id: number; label: string };

export type RequestDraft = {
  directiveId: number | null;
  title: string;
  kind: ReportRequestKind;
  frequency: ReportFrequency | '';
  contents: ReportRequest['contents'];
  delivery: string;
  periodFrom: string;
  periodTo: string;
  deadline: string;
  /** Units and groups, as the unit picker holds them. */
  picks: UnitPick[];
  directives: DirectivePick[];
  outline: OutlineRow[];
  fields: FieldRow[];
  note: string;
  /** The staff member who follows the request up; null: whoever creates it. */
  responsibleId: number | null;
};

let nextUid = 1;
const uid = () => nextUid++;

export const newSection = (): OutlineRow => ({ uid: uid(), key: undefined, title: '', prompt: '' });
export const newField = (): FieldRow => ({ uid: uid(), key: undefined, name: '', type: 'number', unit: '', choices: '', forms: [], source: 'none', measure: '' });

export function emptyDraft(): RequestDraft {
  return {
    directiveId: null,
    title: '',
    kind: 'thematic',
    frequency: '',
    contents: 'both',
    delivery: '',
    periodFrom: '',
    periodTo: '',
    deadline: '',
    picks: [],
    directives: [],
    outline: [newSection()],
    fields: [],
    note: '',
    responsibleId: null,
  };
}

type FieldOut = ReportRequest['fields'][number];

function fieldRow(f: FieldOut): FieldRow {
  return {
    uid: uid(),
    key: f.key,
    name: f.name,
    type: f.type,
    unit: f.unit ?? '',
    choices: (f.choices ?? []).join('\n'),
    forms: f.forms ?? [],
    source: f.source?.kind ?? 'none',
    measure: f.source?.kind === 'quantity' ? (f.source.measure ?? '') : '',
  };
}

const sectionRow = (s: { key: string; title: string; prompt: string | null }): OutlineRow => ({ uid: uid(), key: s.key, title: s.title, prompt: s.prompt ?? '' });

/** From a directive's report clause: its units, its parts as the outline, the usual figures. */
export function draftFromTemplate(tpl: ReportRequestTemplate): RequestDraft {
  const names = new Map(tpl.units.map((u) => [u.id, u.name]));
  const i = tpl.input;
  return {
    ...emptyDraft(),
    directiveId: i.directiveId,
    title: i.title,
    kind: i.kind,
    frequency: i.frequency ?? '',
    contents: i.contents,
    periodFrom: i.periodFrom ?? '',
    periodTo: i.periodTo ?? '',
    deadline: i.deadline ?? '',
    picks: i.recipients.map((r) => ({ label: names.get(r.unitId) ?? String(r.unitId), unitId: r.unitId, groupId: null })),
    outline: i.outline.map(sectionRow),
    fields: i.fields.map(fieldRow),
  };
}

/** A saved request: its units were fixed when it was saved, so they come back as units. */
export function draftFromRequest(r: ReportRequest): RequestDraft {
  return {
    directiveId: r.directive?.id ?? null,
    title: r.title,
    kind: r.kind,
    frequency: r.frequency ?? '',
    contents: r.contents,
    delivery: r.delivery ?? '',
    periodFrom: r.periodFrom ?? '',
    periodTo: r.periodTo ?? '',
    deadline: r.deadline,
    picks: r.recipients.map((u) => ({ label: u.name, unitId: u.id, groupId: null })),
    directives: [],
    outline: r.outline.map(sectionRow),
    fields: r.fields.map(fieldRow),
    note: r.note ?? '',
    responsibleId: r.responsible?.id ?? null,
  };
}

function recipientsOf(d: RequestDraft): RecipientPick[] {
  const out: RecipientPick[] = [];
  for (const p of d.picks) {
    if (p.groupId !== null) out.push({ kind: 'group', groupId: p.groupId });
    else if (p.unitId !== null) out.push({ kind: 'unit', unitId: p.unitId });
  }
  for (const x of d.directives) out.push({ kind: 'directive', directiveId: x.id });
  return out;
}

function fieldInput(f: FieldRow): FigureFieldInput {
  const number = f.type === 'number';
  return {
    ...(f.key ? { key: f.key } : {}),
    name: f.name.trim(),
    type: f.type,
    unit: f.unit.trim() || null,
    choices: f.type === 'choice' ? choiceList(f.choices) : null,
    forms: number && f.forms.length ? f.forms : null,
    source: !number || f.source === 'none' ? null : f.source === 'quantity' ? { kind: 'quantity', measure: f.measure.trim() || null } : { kind: f.source },
  };
}

/** One choice per line; a newline is added so that a single line keeps its commas ("Có, đầy đủ"). */
export const choiceList = (s: string) => splitList(`${s}\n`);

const periodic = (d: RequestDraft) => d.kind === 'periodic';

export function toCreateInput(d: RequestDraft): ReportRequestCreateInput {
  return {
    directiveId: d.directiveId,
    title: d.title.trim(),
    kind: d.kind,
    frequency: periodic(d) && d.frequency ? d.frequency : null,
    contents: d.contents,
    delivery: d.delivery.trim() || null,
    periodFrom: periodic(d) ? null : d.periodFrom || null,
    periodTo: periodic(d) ? null : d.periodTo || null,
    deadline: d.deadline,
    recipients: recipientsOf(d),
    outline: d.outline.map((s) => ({ ...(s.key ? { key: s.key } : {}), title: s.title.trim(), prompt: s.prompt.trim() || null })),
    fields: d.fields.map(fieldInput),
    note: d.note.trim() || null,
    // Left unset, the server names whoever creates the request; on an update nothing changes.
    ...(d.responsibleId !== null ? { responsibleId: d.responsibleId } : {}),
  };
}

/** A draft request changes whole; once sent, only the deadline, the note and who follows it up do. */
export function toUpdateInput(d: RequestDraft, version: number, sent: boolean): ReportRequestUpdate {
  if (sent) return { version, deadline: d.deadline, note: d.note.trim() || null, ...(d.responsibleId !== null ? { responsibleId: d.responsibleId } : {}) };
  const c = toCreateInput(d);
  return { ...c, version } as ReportRequestUpdate;
}

/** What can be told before asking the server. `sending`: also what opening needs. */
export function localProblems(d: RequestDraft, today: string, sending: boolean): FieldError[] {
  const out: FieldError[] = [];
  if (d.title.trim().length < 3) out.push({ path: 'title', message: t('rr.error.title') });
  if (periodic(d) && !d.frequency) out.push({ path: 'frequency', message: t('rr.error.frequency') });
  if (!periodic(d)) {
    if (Boolean(d.periodFrom) !== Boolean(d.periodTo)) out.push({ path: d.periodFrom ? 'periodTo' : 'periodFrom', message: t('rr.error.periodBoth') });
    if (d.periodFrom && d.periodTo && d.periodTo < d.periodFrom) out.push({ path: 'periodTo', message: t('rr.error.periodOrder') });
  }
  if (!d.deadline) out.push({ path: 'deadline', message: t('rr.error.deadline') });
  else if (sending && d.deadline < today) out.push({ path: 'deadline', message: t('rr.error.deadlinePast') });
  d.outline.forEach((s, i) => {
    if (!s.title.trim()) out.push({ path: `outline.${i}.title`, message: t('rr.error.sectionTitle') });
  });
  d.fields.forEach((f, i) => {
    if (!f.name.trim()) out.push({ path: `fields.${i}.name`, message: t('rr.error.fieldName') });
    if (f.type === 'choice' && choiceList(f.choices).length < 2) out.push({ path: `fields.${i}.choices`, message: t('rr.error.choices') });
  });
  if (sending) {
    if (d.picks.every((p) => p.unitId === null && p.groupId === null) && d.directives.length === 0) out.push({ path: 'recipients', message: t('rr.error.recipients') });
    if (d.outline.length === 0 && d.fields.length === 0) out.push({ path: 'outline', message: t('rr.error.empty') });
  }
  return out;
}

/** Moves row i by `by` places (−1 up, +1 down); out of range leaves the list as it is. */
export function move<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (i < 0 || j < 0 || i >= list.length || j >= list.length) return [...list];
  const next = [...list];
  [next[i], next[j]] = [next[j] as T, next[i] as T];
  return next;
}
