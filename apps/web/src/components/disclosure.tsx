import { useState } from 'react';
import type { ReactNode } from 'react';

type Props = { summary: ReactNode; initiallyOpen: boolean; forceOpen?: boolean; className?: string; children: ReactNode };

/**
 * <details> whose open state belongs to the person, not to the data: emptying a field does
 * not snap it shut. `forceOpen` opens it when something inside needs attention (an error).
 */
export function Disclosure({ summary, initiallyOpen, forceOpen = false, className, children }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className={className} open={open || forceOpen} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
