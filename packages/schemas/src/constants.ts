// Plain lists with no zod import, so the web bundle can use them without pulling zod in.

export const roles = ['admin', 'staff', 'leader', 'unit'] as const;

/** Ordered: the department first, then province-level media, then district and commune levels. */
export const unitKinds = [
  'department',
  'division',
  'service_unit',
  'newspaper',
  'broadcaster',
  'people_committee',
  'district_culture_office',
  'district_culture_centre',
  'commune_radio',
  'other',
] as const;

export const itemStatuses = ['not_started', 'in_progress', 'done', 'not_applicable'] as const;

/** State of a task as people talk about it; derived, never stored. */
export const taskStates = ['not_received', 'in_progress', 'overdue', 'done', 'done_late'] as const;
