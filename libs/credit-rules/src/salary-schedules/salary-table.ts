// Builds an illustrative steps x lanes table (integer cents) from anchor salaries. The anchors are
// Prince William County VA 2020-21 salaries at steps 4, 10 and 20; steps between anchors are
// linearly interpolated in whole dollars, steps 1-3 extend the step 4-10 slope backwards, and
// BA+30 / MA+15 lie halfway between their neighbours. It is a demo table, not a real schedule.

const ANCHORS: Readonly<Record<string, readonly [number, number, number]>> = {
  BA: [50324, 59272, 81629],
  'BA+15': [51674, 60623, 82979],
  MA: [56065, 65014, 87370],
  'MA+30': [58010, 66959, 89315],
  PhD: [59438, 68387, 90743],
};

function mid(a: readonly [number, number, number], b: readonly [number, number, number]): [number, number, number] {
  return [Math.floor((a[0] + b[0]) / 2), Math.floor((a[1] + b[1]) / 2), Math.floor((a[2] + b[2]) / 2)];
}

function row([s4, s10, s20]: readonly [number, number, number], steps: number): number[] {
  const out: number[] = [];
  for (let step = 1; step <= steps; step++) {
    let dollars: number;
    if (step <= 10) dollars = s4 + Math.floor(((s10 - s4) * (step - 4)) / 6);
    else dollars = s10 + Math.floor(((s20 - s10) * (step - 10)) / 10);
    out.push(dollars * 100);
  }
  return out;
}

/** Lane -> cents per step (1..steps), raised by `raisePercent` (integer arithmetic, rounded down to the cent). */
export function illustrativeSalaryTable(steps: number, raisePercent = 0): Record<string, number[]> {
  const anchors: Record<string, readonly [number, number, number]> = {
    BA: ANCHORS.BA!,
    'BA+15': ANCHORS['BA+15']!,
    'BA+30': mid(ANCHORS['BA+15']!, ANCHORS.MA!),
    MA: ANCHORS.MA!,
    'MA+15': mid(ANCHORS.MA!, ANCHORS['MA+30']!),
    'MA+30': ANCHORS['MA+30']!,
    PhD: ANCHORS.PhD!,
  };
  const table: Record<string, number[]> = {};
  for (const [lane, a] of Object.entries(anchors))
    table[lane] = row(a, steps).map((c) => Math.floor((c * (100 + raisePercent)) / 100));
  return table;
}
