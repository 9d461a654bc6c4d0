import type { ParsedDirective } from '@dondoc/parser';
import type { DirectiveInput } from '@dondoc/schemas';
import type { Conn } from '../db/client';
import { resolveParsed } from '../modules/directives/resolve';

export type { ParsedDirective };

/** Turns a parse into a draft's input, matching every phrase against the directory of its date (see resolveParsed). */
export function directiveFromParse(db: Conn, p: ParsedDirective): DirectiveInput {
  return resolveParsed(db, p).draft;
}
