import type { UnitKind } from '@dondoc/schemas';
import type { MessageKey } from '../i18n/vi';

export const unitKindLabel: Record<UnitKind, MessageKey> = {
  department: 'unitKind.department',
  division: 'unitKind.division',
  service_unit: 'unitKind.service_unit',
  newspaper: 'unitKind.newspaper',
  broadcaster: 'unitKind.broadcaster',
  people_committee: 'unitKind.people_committee',
  district_culture_office: 'unitKind.district_culture_office',
  district_culture_centre: 'unitKind.district_culture_centre',
  commune_radio: 'unitKind.commune_radio',
  other: 'unitKind.other',
};

export const unitKindOptions = Object.keys(unitKindLabel) as UnitKind[];
