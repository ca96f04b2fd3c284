/**
 * Which V-Dem edition each democracy metric is read from. Kept apart from the
 * metric definitions so the embed entry can preload the right file with a
 * chart's code without pulling the definitions into the entry.
 */
export type Edition = 'v15' | 'v14';

export const METRIC_EDITIONS = { polyarchy: 'v15', regime: 'v15', libdem: 'v14' } as const satisfies Record<string, Edition>;

/** The edition a `metric` attribute value needs; the default metric's for anything unknown. */
export function editionForMetric(metric: string | null | undefined): Edition {
  const key = String(metric ?? '').trim().toLowerCase();
  return (METRIC_EDITIONS as Record<string, Edition>)[key] ?? METRIC_EDITIONS.polyarchy;
}
