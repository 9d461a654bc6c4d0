/** The units page's tabs; in the address (?tab=history) so a link can open one. Kept apart so the router does not load the page. */
export type UnitsTabKey = 'units' | 'groups' | 'history';
export const unitsTabKeys: readonly UnitsTabKey[] = ['units', 'groups', 'history'];
