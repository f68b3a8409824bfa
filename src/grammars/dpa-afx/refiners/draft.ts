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
 * starts and its entry, or null. The body's last line is the last block's, or the last item's where items
 * end the body (an overview's intro block stands above them; a message with its own dateline lists its
 * items over its blocks, and both are cut). The line keeps what stands before it (a line left empty goes,
 * and a block or paragraph left empty too).
 */
export function cutBodyEnd(name: string, find: (draft: DpaAfxDraft, line: Span) => { start: number; footer: EntryOf<"footer"> } | null): DpaAfxRefiner {
  return {
    name,
    refine(draft) {
      if (has(draft, "trailer")) return draft;
      const { input, outline } = draft;
      const last = (kind: DpaAfxEntry["kind"]) => {
        let k = outline.length - 1;
        while (k >= 0 && outline[k]!.kind !== kind) k--;
        return k;
      };
      const b = last("block");
      const i = last("item");
      const block = outline[b] as EntryOf<"block"> | undefined;
      const item = outline[i] as EntryOf<"item"> | undefined;
      const blockLine = block?.value.lines.at(-1);
      const itemLine = item?.value.paragraphs.at(-1)?.at(-1);
      const line = itemLine && !(blockLine && blockLine.end >= itemLine.end) ? itemLine : blockLine;
      const hit = line && find(draft, line);
      if (!hit) return draft;
      // The last of `lines` ends before the footer (an item's line starts after its dateline).
      const cut = (lines: Span[]) => {
        const { start } = lines.at(-1)!;
        const end = trimEnd(input, start, hit.start);
        return end > start ? lines.slice(0, -1).concat({ start, end }) : lines.slice(0, -1);
      };
      const cutItem = itemLine !== undefined && itemLine.end === line.end;
      const next = outline.slice();
      // The footer follows the later entry ending on the line (inserted first: the entries stand before it).
      next.splice(Math.max(blockLine === line ? b : -1, cutItem ? i : -1) + 1, 0, hit.footer);
      if (cutItem) {
        const paragraphs = item!.value.paragraphs.slice(0, -1);
        const kept = cut(item!.value.paragraphs.at(-1)!);
        if (kept.length > 0) paragraphs.push(kept);
        const { span } = item!.value.head.dateline;
        next[i] = entry("item", { start: item!.span.start, end: paragraphs.at(-1)?.at(-1)?.end ?? trimEnd(input, span.start, span.end) }, { ...item!.value, paragraphs });
      }
      if (blockLine === line) {
        const kept = cut(block!.value.lines);
        if (kept.length > 0) next[b] = entry("block", { start: kept[0]!.start, end: kept.at(-1)!.end }, { lines: kept, standalone: block!.value.standalone });
        else next.splice(b, 1);
      }
      return revise(draft, { outline: next });
    },
  };
}
