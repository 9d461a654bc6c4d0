import type { UnitEvent } from '@dondoc/schemas';
import type { MessageKey } from '../../../i18n/vi';

export type UnitEventKind = UnitEvent['kind'];

export const eventKindLabel: Record<UnitEventKind, MessageKey> = {
  rename: 'unitEvent.kind.rename',
  merge: 'unitEvent.kind.merge',
  split: 'unitEvent.kind.split',
  retire: 'unitEvent.kind.retire',
  create: 'unitEvent.kind.create',
};
