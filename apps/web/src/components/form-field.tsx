import { createContext, useContext, useId } from 'react';
import type { ReactNode } from 'react';
import type { FieldError } from '../lib/api-client';

const FieldErrorsContext = createContext<readonly FieldError[]>([]);

/** Gives the fields below it the `fields` of a 400 answer, matched by path ("parts.0.title"). */
export const FieldErrorsProvider = FieldErrorsContext.Provider;

export function useFieldErrors(path: string): string[] {
  const errors = useContext(FieldErrorsContext);
  return errors.filter((e) => e.path === path).map((e) => e.message);
}

/** Errors for a path that has no input of its own (a list, a whole part). */
export function FieldMessage({ path }: { path: string }) {
  const messages = useFieldErrors(path);
  if (!messages.length) return null;
  return (
    <p className="field-error" role="alert">
      {messages.join(' ')}
    </p>
  );
}

type FieldProps = {
  label: ReactNode;
  path?: string;
  hint?: ReactNode;
  className?: string;
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
};

/** A labelled control with its hint and its server-side error. */
export function Field({ label, path, hint, className, children }: FieldProps) {
  const id = useId();
  const messages = useFieldErrors(path ?? '\u0000');
  const invalid = messages.length > 0;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = invalid ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${invalid ? ' is-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid })}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p className="field-error" id={errorId} role="alert">
          {messages.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
