import { act, fireEvent, screen } from '@testing-library/react';
import { lazy, type ComponentType } from 'react';
import { renderWithProviders } from '../../test/render-with-providers';
import { ChartFigure } from './chart-figure';

/** An IntersectionObserver the test drives: `reveal()` reports every observed element on screen. */
class ObserverStub {
  static instances: ObserverStub[] = [];
  observed: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    ObserverStub.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.observed = [];
  }
  reveal() {
    const entries = this.observed.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** A lazily loaded drawing whose code is requested only when React first renders it. */
function lazyDrawing() {
  const load = jest.fn(() => Promise.resolve({ default: () => <svg data-testid="drawing" /> }));
  return { load, Drawing: lazy(load) };
}

function renderFigure(Drawing: ComponentType) {
  renderWithProviders(
    <ChartFigure
      title="PD hour equivalents by month"
      summary="42 hour equivalents so far."
      chartHeight={240}
      chart={<Drawing />}
      table={
        <table>
          <caption>By month</caption>
        </table>
      }
    />,
  );
}

describe('ChartFigure', () => {
  const original = globalThis.IntersectionObserver;
  beforeEach(() => {
    ObserverStub.instances = [];
    globalThis.IntersectionObserver = ObserverStub as unknown as typeof IntersectionObserver;
  });
  afterEach(() => {
    globalThis.IntersectionObserver = original;
  });

  it('gives the title, summary and table at once, and loads the drawing only near the screen', async () => {
    const { load, Drawing } = lazyDrawing();
    renderFigure(Drawing);
    expect(screen.getByRole('heading', { name: 'PD hour equivalents by month' })).toBeTruthy();
    expect(screen.getByText('42 hour equivalents so far.')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'By month' })).toBeTruthy();
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByTestId('drawing')).toBeNull();

    act(() => ObserverStub.instances.forEach((observer) => observer.reveal()));
    expect(await screen.findByTestId('drawing')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('draws everything before printing', async () => {
    const { load, Drawing } = lazyDrawing();
    renderFigure(Drawing);
    expect(load).not.toHaveBeenCalled();
    act(() => {
      fireEvent(window, new Event('beforeprint'));
    });
    expect(await screen.findByTestId('drawing')).toBeTruthy();
  });

  it('keeps the title, summary and table when the drawing cannot be loaded', async () => {
    const load = jest.fn((): Promise<{ default: ComponentType }> =>
      Promise.reject(new Error('Failed to fetch dynamically imported module')),
    );
    const Drawing = lazy(load);
    // React reports the error it caught; the figure handles it.
    const reported = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      renderFigure(Drawing);
      act(() => ObserverStub.instances.forEach((observer) => observer.reveal()));
      expect(await screen.findByText(/The chart could not be drawn/)).toBeTruthy();
      expect(screen.getByRole('heading', { name: 'PD hour equivalents by month' })).toBeTruthy();
      expect(screen.getByText('42 hour equivalents so far.')).toBeTruthy();
      expect(screen.getByRole('table', { name: 'By month' })).toBeTruthy();
    } finally {
      reported.mockRestore();
    }
  });
});
