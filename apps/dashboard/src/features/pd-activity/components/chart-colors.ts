// Mantine blue.8 and gray.7: bars and axis labels stay above 4.5:1 against white.
export const chartColors = {
  bar: '#1971c2',
  axis: '#495057',
  grid: '#dee2e6',
} as const;
