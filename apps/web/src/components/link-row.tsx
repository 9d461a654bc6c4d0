import type { ReactNode } from 'react';

/**
 * A table row that opens its record when clicked anywhere; a real link inside it (for keyboard
 * and middle-click) keeps its own behaviour.
 */
export function LinkRow(props: { open: () => void; className?: string; testId?: string; children: ReactNode }) {
  return (
    <tr
      data-testid={props.testId}
      className={`row-link${props.className ? ` ${props.className}` : ''}`}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a')) return;
        props.open();
      }}
    >
      {props.children}
    </tr>
  );
}
