import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ReportDetail } from '@dondoc/schemas';
import { isApiError } from '../../../../lib/api-client';
import { reportKeys } from '../../api/keys';
import { saveReportDraft } from '../../api/save-report-draft';
import type { Payload } from './content';

/** Quiet time after the last keystroke before the draft is saved. */
export const AUTOSAVE_MS = 1200;

export type SavePhase =
  | { kind: 'ok' }
  | { kind: 'saving' }
  | { kind: 'error'; error: unknown }
  /** The draft changed elsewhere (another person of the unit, or it was sent): nothing was written. */
  | { kind: 'conflict'; error: unknown };

const CONFLICTS = new Set(['CONFLICT', 'REPORT_SUBMITTED', 'REPORT_LOCKED', 'REQUEST_CLOSED']);

/**
 * Saves the draft a moment after it stops changing, one save at a time, each conditional on the
 * version the previous one returned. The whole content is sent every time (so a prefilled draft,
 * not stored yet, is kept whole by its first save). `payload` is null while something typed
 * cannot be sent (a figure that is not a number yet). `flush` saves now and resolves with the
 * version to send next.
 */
export function useAutosave(report: Pick<ReportDetail, 'id' | 'version' | 'autosavedAt'>, payload: Payload | null, onConflict: (error: unknown) => void) {
  const queryClient = useQueryClient();
  const text = payload ? JSON.stringify(payload) : null;
  const [saved, setSaved] = useState(() => ({ text, at: report.autosavedAt }));
  const [phase, setPhase] = useState<SavePhase>({ kind: 'ok' });
  const version = useRef(report.version);
  const savedText = useRef(text);
  const latest = useRef(payload);
  const running = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const conflictHandler = useRef(onConflict);
  useEffect(() => {
    latest.current = payload;
    conflictHandler.current = onConflict;
  });

  const saveOnce = useCallback(async () => {
    const body = latest.current;
    const bodyText = JSON.stringify(body);
    if (!body || bodyText === savedText.current || stopped.current) return;
    setPhase({ kind: 'saving' });
    try {
      const answer = await saveReportDraft(report.id, { ...body, version: version.current });
      version.current = answer.version;
      savedText.current = bodyText;
      setSaved({ text: bodyText, at: answer.autosavedAt });
      setPhase({ kind: 'ok' });
      // The editor keeps its own copy of the content; the cache takes the rest (version, autosave time).
      queryClient.setQueryData(reportKeys.report(report.id), answer);
    } catch (error) {
      if (isApiError(error) && CONFLICTS.has(error.code)) {
        stopped.current = true;
        setPhase({ kind: 'conflict', error });
        conflictHandler.current(error);
      } else setPhase({ kind: 'error', error });
    }
  }, [queryClient, report.id]);

  const flush = useCallback(async (): Promise<number> => {
    // Chained: a save asked for while another runs waits for it and goes with its new version.
    while (running.current) await running.current;
    if (JSON.stringify(latest.current) !== savedText.current && !stopped.current) {
      running.current = saveOnce().finally(() => {
        running.current = null;
      });
      await running.current;
    }
    return version.current;
  }, [saveOnce]);

  const dirty = phase.kind !== 'conflict' && text !== saved.text;
  useEffect(() => {
    if (!dirty || text === null) return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, text, flush]);

  // Leaving with unsaved changes: the browser asks first; moving within the app saves them now.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  useEffect(() => () => void flush().catch(() => undefined), [flush]);

  return {
    phase,
    savedAt: saved.at,
    dirty,
    flush,
    /** Stops saving (the report is being sent); `resume` if sending failed. */
    stop: () => {
      stopped.current = true;
    },
    resume: () => {
      stopped.current = false;
    },
  };
}
