export * from './units';
export * from './users';
export * from './directives';
export * from './audit';
export * from './intake';
export * from './activities';
