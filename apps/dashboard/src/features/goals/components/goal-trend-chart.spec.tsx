import { render } from '@testing-library/react';
import { GoalTrendChart, niceStep, trendTicks } from './goal-trend-chart';

/** The drawing's parts, read from the SVG. */
function parts(container: HTMLElement) {
  const svg = container.querySelector('svg')!;
  const points = [...svg.querySelectorAll('[data-part="point"]')].map((element) => {
    const [, x, y] = /^M([\d.]+) ([\d.]+)h0$/.exec(element.getAttribute('d') ?? '') ?? [];
    return { x: Number(x), y: Number(y), title: element.querySelector('title')?.textContent };
  });
  return {
    points,
    target: Number(svg.querySelector('[data-part="target"]')!.getAttribute('y1')),
    progress: svg.querySelector('[data-part="progress"]')?.getAttribute('d') ?? null,
    yLabels: [...container.querySelectorAll('.trend-chart__y-label')].map((element) => element.textContent),
    xLabels: [...container.querySelectorAll('.trend-chart__x-label')].map((element) => [
      element.textContent,
      element.getAttribute('data-align'),
    ]),
    targetLabel: container.querySelector('.trend-chart__target-label')?.textContent,
  };
}

describe('niceStep and trendTicks', () => {
  it('rounds a step up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.2, 2.2, 3, 7, 12, 40, 260].map(niceStep)).toEqual([0.5, 1, 2, 2.5, 5, 10, 20, 50, 500]);
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });

  it('runs from 0 to the first step at or above the highest value', () => {
    expect(trendTicks(23, 'HOUR_EQUIVALENTS')).toEqual([0, 10, 20, 30]);
    expect(trendTicks(46, 'HOUR_EQUIVALENTS')).toEqual([0, 20, 40, 60]);
    expect(trendTicks(0.6, 'HOUR_EQUIVALENTS')).toEqual([0, 0.2, 0.4, 0.6]);
    expect(trendTicks(0, 'HOUR_EQUIVALENTS')).toEqual([0, 1]);
  });

  it('always shows 0-100 for a percentage', () => {
    expect(trendTicks(57.5, 'PERCENT')).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('GoalTrendChart', () => {
  it('places points by date and value, with the target as a labelled dashed line', () => {
    const { container } = render(
      <GoalTrendChart
        unit="HOUR_EQUIVALENTS"
        target="20"
        trend={[
          { date: '2026-07-01', value: '4' },
          { date: '2026-07-11', value: '10' },
          { date: '2026-08-10', value: '22.5' },
        ]}
      />,
    );
    const drawn = parts(container);
    // The highest of target and values (22.5) with 15% room: ticks 0-30, each 10.
    expect(drawn.yLabels).toEqual(['0', '10', '20', '30']);
    // Ten days of forty from the start is a quarter of the width; 22.5 of 30 is a quarter from the top.
    expect(drawn.points.map(({ x, y }) => [x, y])).toEqual([
      [0, 86.67],
      [250, 66.67],
      [1000, 25],
    ]);
    expect(drawn.progress).toBe('M0.0 86.67 L250.0 66.67 L1000.0 25.00');
    expect(drawn.target).toBeCloseTo(33.33, 2);
    expect(drawn.targetLabel).toBe('Target 20 h');
    expect(drawn.points[2]!.title).toBe('Aug 10, 2026: 22.5 hour equivalents');
    expect(drawn.xLabels).toEqual([
      ['Jul 1', 'start'],
      ['Jul 11', 'middle'],
      ['Aug 10', 'end'],
    ]);
  });

  it('draws a single point in the middle, without a line', () => {
    const { container } = render(<GoalTrendChart unit="PERCENT" target="50" trend={[{ date: '2026-09-01', value: '12.5' }]} />);
    const drawn = parts(container);
    expect(drawn.points.map(({ x, y }) => [x, y])).toEqual([[500, 87.5]]);
    expect(drawn.progress).toBeNull();
    expect(drawn.yLabels).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(drawn.target).toBe(50);
    expect(drawn.xLabels).toEqual([['Sep 1', 'middle']]);
  });

  it('keeps a percentage over 100 inside the drawing', () => {
    const { container } = render(
      <GoalTrendChart
        unit="PERCENT"
        target="90"
        trend={[
          { date: '2026-09-01', value: '80' },
          { date: '2026-09-02', value: '104' },
        ]}
      />,
    );
    expect(parts(container).points.map(({ y }) => y)).toEqual([20, 0]);
  });
});
