/**
 * Output type of a shared zod schema, read through `import type` so the web bundle never
 * pulls zod in (the schemas package has no sideEffects flag, so value imports would).
 */
export type Infer<T extends { _output: unknown }> = T['_output'];
