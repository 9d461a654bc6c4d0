import { MATRIX_CODES, type TaskState } from '@dondoc/schemas';

const byCode = new Map<string, TaskState>(Object.entries(MATRIX_CODES).map(([state, code]) => [code, state as TaskState]));

/** A matrix cell's character → its task state; null for a unit not sent the directive. */
export const stateOfCode = (code: string | undefined): TaskState | null => (code ? (byCode.get(code) ?? null) : null);

/** A short mark in each coloured cell, so the state reads without colour too. */
export const cellMark: Record<TaskState, string> = { done: '✓', done_late: '✓!', in_progress: '…', overdue: '!', not_received: '○' };
