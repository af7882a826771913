import type { TagCount } from '../../api/tags/get-tag-vocabulary.ts';

const fold = (tag: string) => tag.toLowerCase();

/**
 * The quick picks from a view's tag counts: most used first, ties by name. Tags differing only in
 * case are one chip (ImageKit counts them apart; a chip for each would waste a key), shown in
 * their most used spelling.
 */
export function rankQuickPicks(counts: readonly TagCount[], max: number): string[] {
  const merged = new Map<string, { name: string; best: number; total: number }>();
  for (const { name, count } of counts) {
    const entry = merged.get(fold(name));
    if (!entry) merged.set(fold(name), { name, best: count, total: count });
    else {
      entry.total += count;
      if (count > entry.best) Object.assign(entry, { name, best: count });
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.total - a.total || fold(a.name).localeCompare(fold(b.name)))
    .slice(0, max)
    .map((entry) => entry.name);
}

/**
 * The new chips, with every chip that is still among them in the slot it had: Alt+3 keeps
 * meaning the same tag while counts shift during a pass. Chips that are new fill the free
 * slots, best ranked first.
 */
export function keepSlots(previous: readonly string[], ranked: readonly string[]): string[] {
  const slots: Array<string | undefined> = Array.from({ length: ranked.length });
  const kept = new Set<string>();
  previous.forEach((tag, slot) => {
    if (slot < slots.length && ranked.includes(tag)) {
      slots[slot] = tag;
      kept.add(tag);
    }
  });
  const rest = ranked.filter((tag) => !kept.has(tag));
  return slots.map((tag) => tag ?? rest.shift()!);
}
