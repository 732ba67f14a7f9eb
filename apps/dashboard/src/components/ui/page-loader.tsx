import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** A centred spinner with a name for screen readers, for pages and chunks still loading. */
export function PageLoader({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center mih={200} p="xl" role="status" aria-live="polite">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}
