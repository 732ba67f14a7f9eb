import { Button, Group, Text } from '@mantine/core';

export interface DownloadLink {
  /** e.g. "CSV". */
  label: string;
  href: string;
  /** Accessible description, e.g. "Download the relicensure report as CSV". */
  description: string;
}

/**
 * Plain links the browser downloads (the API answers with Content-Disposition: attachment and a
 * dated file name); the session cookie goes with them, so the export obeys the screen's access.
 */
export function DownloadLinks({ title, links }: { title: string; links: readonly DownloadLink[] }) {
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {links.map((link) => (
        <Button key={link.href} component="a" href={link.href} download variant="default" size="xs" aria-label={link.description}>
          {link.label}
        </Button>
      ))}
    </Group>
  );
}
