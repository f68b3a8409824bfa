/** The dpa-AFX draft and refiner types, and small helpers the refiners share. */
import type { Draft, Refiner } from "../../../grammar/outline.js";
import type { DpaAfxEntry, EntryOf } from "../outline.js";
import type { DpaAfxRules } from "../rules/index.js";

/** A draft of a dpa-AFX message. */
export type DpaAfxDraft = Draft<DpaAfxEntry>;

/** A refiner over dpa-AFX drafts. */
export type DpaAfxRefiner = Refiner<DpaAfxEntry>;

/** The rules of the grammar parsing the draft (an extension's overrides included). */
export function rulesOf(draft: DpaAfxDraft): DpaAfxRules {
  return draft.grammar.rules as DpaAfxRules;
}

/** The first entry of a kind, or undefined. */
export function find<K extends DpaAfxEntry["kind"]>(draft: DpaAfxDraft, kind: K): EntryOf<K> | undefined {
  for (const e of draft.outline) if (e.kind === kind) return e as EntryOf<K>;
  return undefined;
}

/** True when the outline holds an entry of the kind. */
export function has(draft: DpaAfxDraft, kind: DpaAfxEntry["kind"]): boolean {
  return find(draft, kind) !== undefined;
}
