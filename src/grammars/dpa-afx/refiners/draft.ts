/** The dpa-AFX draft and refiner types, and small helpers the refiners share. */
import { revise, type Draft, type Refiner } from "../../../grammar/outline.js";
import type { Span } from "../../../article/position.js";
import { entry, type DpaAfxEntry, type EntryOf } from "../outline.js";
import { trimEnd } from "../rules/util.js";
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
  // An index loop: no iterator object per entry where this runs unoptimised (once per parse of a long text).
  const outline = draft.outline;
  for (let k = 0; k < outline.length; k++) if (outline[k]!.kind === kind) return outline[k] as EntryOf<K>;
  return undefined;
}

/** True when the outline holds an entry of the kind. */
export function has(draft: DpaAfxDraft, kind: DpaAfxEntry["kind"]): boolean {
  return find(draft, kind) !== undefined;
}

/**
 * A refiner that cuts a footer from the end of the body's last line, in a message without a trailer (a
 * teaser's mark, a footer glued to the last sentence): `find` gets that line and returns where the footer
 * starts and its entry, or null. The line keeps what stands before it (a line left empty goes, and a
 * block left empty too).
 */
export function cutBodyEnd(name: string, find: (draft: DpaAfxDraft, line: Span) => { start: number; footer: EntryOf<"footer"> } | null): DpaAfxRefiner {
  return {
    name,
    refine(draft) {
      if (has(draft, "trailer")) return draft;
      let k = draft.outline.length - 1;
      while (k >= 0 && draft.outline[k]!.kind !== "block") k--;
      if (k < 0) return draft;
      const block = draft.outline[k] as EntryOf<"block">;
      const lines = block.value.lines;
      const line = lines[lines.length - 1]!;
      const hit = find(draft, line);
      if (hit === null) return draft;
      const end = trimEnd(draft.input, line.start, hit.start);
      const kept = end > line.start ? lines.slice(0, -1).concat({ start: line.start, end }) : lines.slice(0, -1);
      const outline = draft.outline.slice();
      if (kept.length > 0) outline.splice(k, 1, entry("block", { start: kept[0]!.start, end: kept[kept.length - 1]!.end }, { lines: kept, standalone: block.value.standalone }), hit.footer);
      else outline.splice(k, 1, hit.footer);
      return revise(draft, { outline });
    },
  };
}
