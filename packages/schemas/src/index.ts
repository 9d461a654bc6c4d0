export * from './common';
export * from './auth';
export * from './units';
export * from './directives';
export * from './tasks';
export * from './dashboard';
export * from './text';
export * from './intake';
