import { sortRulePresets } from './rules-page';

describe('sortRulePresets', () => {
  it('lists states alphabetically with the district’s home state first', () => {
    const presets = ['TX', 'AK', 'PA', 'DC', 'NY'].map((jurisdiction) => ({ jurisdiction }));
    expect(sortRulePresets(presets, 'PA').map((p) => p.jurisdiction)).toEqual(['PA', 'AK', 'DC', 'NY', 'TX']);
    expect(sortRulePresets(presets, null).map((p) => p.jurisdiction)).toEqual(['AK', 'DC', 'NY', 'PA', 'TX']);
  });
});
