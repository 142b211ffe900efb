/**
 * Disclosure control: no count from 1 to `below` - 1 is shown, and no such count can be worked out from the
 * figures that are shown. The rules (also in schema/monitor.graphql):
 *
 * 1. Primary: a count from 1 to below - 1 is null; so is every median, percentile or share computed from it.
 * 2. Flows of one type satisfy activeAtStart + inflow = outflow + activeAtEnd (= the measures of the type active
 *    in P), and the sum over types of activeAtStart + inflow is `measuresActive`. So the flows are hidden in
 *    pairs: activeAtStart with inflow, outflow with activeAtEnd; when the type's total itself is small, all four.
 * 3. `measuresActive` (shown) minus the types that are shown gives the total of the types hidden entirely; when that
 *    total is small, hide one more type: the one with the smallest total of at least `below` (or else the largest).
 * 4. `durations.endedCount` is `outflow` and is hidden with it.
 * 5. A part and its complement: `withOverlap` is hidden when it, or measuresActive - withOverlap, is small; the same
 *    for `steppedDown` against `eligible`. A share is null when its numerator or denominator is hidden.
 */
import type { FlowCounts, OverlapCounts, RawKpis } from './kpis.js';

type N = number | null;

export interface MonitorRow {
  region: string;
  measures: { type: string; activeAtStart: N; inflow: N; outflow: N; activeAtEnd: N }[];
  otsToGuardianship: N;
  durations: { type: string; endedCount: N; medianDays: N }[];
  overlapYouthHelp: { measuresActive: N; withOverlap: N; share: N };
  overlapCrisis: { measuresActive: N; withOverlap: N; share: N };
  waiting: { startedCount: N; medianDays: N; p90Days: N; stillWaiting: N };
  stepDown: { eligible: N; steppedDown: N; share: N };
}

export function suppress(raw: RawKpis, below: number): MonitorRow {
  const small = (n: number) => n >= 1 && n < below;
  const show = (n: number, hidden = small(n)): N => (hidden ? null : n);
  const share = (part: N, whole: N): N => (part === null || whole === null || whole === 0 ? null : part / whole);

  const hidden = raw.flows.map((f) => {
    const total = f.activeAtStart + f.inflow;
    const all = small(total);
    return { total, start: all || small(f.activeAtStart) || small(f.inflow), end: all || small(f.outflow) || small(f.activeAtEnd) };
  });
  const measuresActive = raw.overlapYouthHelp.measuresActive;
  const hiddenTotal = hidden.filter((h) => h.start && h.end).reduce((sum, h) => sum + h.total, 0);
  if (!small(measuresActive) && small(hiddenTotal)) {
    const others = hidden.filter((h) => !(h.start && h.end) && h.total > 0);
    const partner = others.filter((h) => h.total >= below).sort((a, b) => a.total - b.total)[0] ?? others.sort((a, b) => b.total - a.total)[0];
    if (partner) { partner.start = true; partner.end = true; }
  }

  const flows = raw.flows.map((f: FlowCounts, i) => ({
    type: f.type,
    activeAtStart: show(f.activeAtStart, hidden[i].start), inflow: show(f.inflow, hidden[i].start),
    outflow: show(f.outflow, hidden[i].end), activeAtEnd: show(f.activeAtEnd, hidden[i].end),
  }));
  const overlap = (o: OverlapCounts) => {
    const whole = show(o.measuresActive);
    const part = show(o.withOverlap, small(o.withOverlap) || small(o.measuresActive - o.withOverlap) || whole === null);
    return { measuresActive: whole, withOverlap: part, share: share(part, whole) };
  };
  const started = show(raw.waiting.startedCount);
  const eligible = show(raw.stepDown.eligible);
  const stepped = show(raw.stepDown.steppedDown, small(raw.stepDown.steppedDown) || small(raw.stepDown.eligible - raw.stepDown.steppedDown) || eligible === null);
  return {
    region: raw.region,
    measures: flows,
    otsToGuardianship: show(raw.otsToGuardianship),
    durations: raw.flows.map((f, i) => ({
      type: f.type, endedCount: flows[i].outflow, medianDays: flows[i].outflow === null || f.outflow === 0 ? null : f.medianDays,
    })),
    overlapYouthHelp: overlap(raw.overlapYouthHelp),
    overlapCrisis: overlap(raw.overlapCrisis),
    waiting: {
      startedCount: started,
      medianDays: started === null ? null : raw.waiting.medianDays,
      p90Days: started === null ? null : raw.waiting.p90Days,
      stillWaiting: show(raw.waiting.stillWaiting),
    },
    stepDown: { eligible, steppedDown: stepped, share: share(stepped, eligible) },
  };
}
